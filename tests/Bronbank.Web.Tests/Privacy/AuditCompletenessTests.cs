using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Bronbank.Web.Accounts;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Privacy;
using Bronbank.Web.Tests.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Bronbank.Web.Tests.Privacy;

/// <summary>The audit trail misses nothing: entries are committed with the change, reads are written before the answer.</summary>
public sealed partial class AuditCompletenessTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private const string Password = "een-lang-wachtwoord-2026";
    private readonly HttpClient _admin = factory.CreateClient();

    private async Task<IReadOnlyList<AuditEntry>> StoredAsync(Func<AuditEntry, bool> where)
    {
        // Straight from the database: no flush, no API in between.
        await using var query = factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return [.. (await query.Query<AuditEntry>().ToListAsync()).Where(where)];
    }

    [Fact]
    public async Task A_change_is_in_the_database_with_its_audit_entry_when_the_answer_arrives()
    {
        var (staff, staffId) = await factory.ClientAsAsync([Roles.Staff]);
        var volunteer = await staff.CreateVolunteerAsync();
        (await staff.PutAsJsonAsync($"/api/v1/volunteers/{volunteer}", Samples.Volunteer("Gerrit Anders"))).EnsureSuccessStatusCode();

        var entries = await StoredAsync(e => e.SubjectId == volunteer && e.Actor == staffId.ToString());
        entries.Select(e => e.Action).Should().Contain(["created", "updated"]);
    }

    [Fact]
    public async Task Ten_thousand_reads_leave_ten_thousand_entries()
    {
        var (staff, _) = await factory.ClientAsAsync([Roles.Staff]);
        var volunteer = await staff.CreateVolunteerAsync(Samples.Volunteer().With("consent", new { matching = false, boards = false }));
        var (coordinator, coordinatorId) = await factory.ClientAsAsync([Roles.Coordinator]);

        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) < 10_000)
                (await coordinator.GetAsync($"/api/v1/volunteers/{volunteer}")).StatusCode.Should().Be(HttpStatusCode.OK);
        })));

        (await StoredAsync(e => e.Actor == coordinatorId.ToString() && e.Action == "viewed" && e.SubjectId == volunteer)).Should().HaveCount(10_000);
    }

    [Fact]
    public async Task Users_keys_areas_retention_index_and_sign_ins_are_recorded_with_who()
    {
        var adminId = Actors.Bootstrap;
        var email = $"spoor-{Guid.NewGuid():N}@example.nl";
        var created = await _admin.PostJsonAsync("/api/v1/users", new { email, name = "Sid Spoor", roles = new[] { "staff" }, password = Password });
        var userId = (await created.ReadObjectAsync())["id"]!.GetValue<Guid>();
        var key = await (await _admin.PostJsonAsync($"/api/v1/users/{userId}/api-keys", new { name = "spoor" })).ReadObjectAsync();
        (await _admin.DeleteAsync($"/api/v1/users/{userId}/api-keys/{key["id"]!.GetValue<Guid>()}")).EnsureSuccessStatusCode();
        var areas = await (await _admin.GetAsync("/api/v1/areas")).Content.ReadAsStringAsync();
        (await _admin.PutAsync("/api/v1/areas", new StringContent(areas, System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        (await _admin.PostJsonAsync("/api/v1/retention/run", new { })).EnsureSuccessStatusCode();
        // The areas' replacement may still be rebuilding the index (503 until it is done).
        var rebuilt = HttpStatusCode.ServiceUnavailable;
        for (var i = 0; i < 60 && rebuilt == HttpStatusCode.ServiceUnavailable; i++, await Task.Delay(500))
            rebuilt = (await _admin.PostJsonAsync("/api/v1/index/rebuild", new { })).StatusCode;
        rebuilt.Should().Be(HttpStatusCode.OK);

        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.Authorization = null;
        for (var i = 0; i < User.MaxFailedSignIns; i++) await SignInAsync(browser, email, "niet-het-wachtwoord");
        await SignInAsync(browser, "niemand@example.nl", "niet-het-wachtwoord");
        (await _admin.PostAsync($"/api/v1/users/{userId}/disable", null)).EnsureSuccessStatusCode();

        var byAdmin = (await StoredAsync(e => e.Actor == adminId)).Select(e => (e.Action, e.SubjectId)).ToList();
        byAdmin.Should().Contain(("created", userId)).And.Contain(("api-key-issued", userId)).And.Contain(("api-key-revoked", userId))
            .And.Contain(("disabled", userId));
        byAdmin.Select(e => e.Action).Should().Contain(["areas-replaced", "retention-run", "index-rebuilt"]);
        var aboutUser = (await StoredAsync(e => e.SubjectId == userId)).Select(e => e.Action).ToList();
        aboutUser.Count(a => a == "sign-in-failed").Should().Be(User.MaxFailedSignIns);
        aboutUser.Should().Contain("locked-out");
        (await StoredAsync(e => e.Action == "sign-in-failed" && e.SubjectId == null)).Should().NotBeEmpty("an unknown account's attempt is recorded too, without the address");
    }

    [Fact]
    public async Task Signing_in_and_reading_a_staff_page_are_recorded()
    {
        var email = $"pagina-{Guid.NewGuid():N}@example.nl";
        var created = await _admin.PostJsonAsync("/api/v1/users", new { email, name = "Pia Pagina", roles = new[] { "staff" }, password = Password });
        var userId = (await created.ReadObjectAsync())["id"]!.GetValue<Guid>();
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.Authorization = null;

        (await SignInAsync(browser, email, Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await browser.GetAsync("/vrijwilligers")).StatusCode.Should().Be(HttpStatusCode.OK);

        var entries = await StoredAsync(e => e.Actor == userId.ToString());
        entries.Should().Contain(e => e.Action == "signed-in" && e.SubjectId == userId);
        entries.Should().Contain(e => e.Action == "viewed" && e.SubjectType == "page:/Volunteers/VolunteerList");
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email, string password)
    {
        var form = await browser.GetStringAsync("/inloggen");
        return await browser.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
