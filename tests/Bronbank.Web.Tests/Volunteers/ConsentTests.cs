using System.Net.Http.Json;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Volunteers;

public sealed class ConsentTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Absent_consent_means_not_given()
    {
        var body = await (await _client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer().Without("consent"))).ReadObjectAsync();

        body["consent"]!["matching"]!.GetValue<bool>().Should().BeFalse();
        body["consent"]!["boards"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task The_server_stamps_who_recorded_consent_and_when_and_keeps_the_history()
    {
        var (staff, staffId) = await factory.ClientAsAsync([Roles.Staff]);
        var created = await (await staff.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer())).ReadObjectAsync();
        var id = created["id"]!.GetValue<Guid>();
        created["consent"]!["recordedBy"]!.GetValue<string>().Should().Be(staffId.ToString());
        created["consent"]!["recordedAt"]!.GetValue<DateTimeOffset>().Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));

        var withdrawn = Samples.Volunteer().With("consent", new { matching = false, boards = true });
        var updated = await (await staff.PutAsJsonAsync($"/api/v1/volunteers/{id}", withdrawn, HttpExtensions.Json)).ReadObjectAsync();
        updated["consent"]!["matching"]!.GetValue<bool>().Should().BeFalse();
        updated["consent"]!["boards"]!.GetValue<bool>().Should().BeTrue();

        // Saving the same choices again does not add to the history.
        (await staff.PutAsJsonAsync($"/api/v1/volunteers/{id}", withdrawn.With("name", "Gerrit J."), HttpExtensions.Json)).EnsureSuccessStatusCode();

        var export = await (await _client.GetAsync($"/api/v1/volunteers/{id}/export")).ReadObjectAsync();
        var history = export["consentHistory"]!.AsArray();
        history.Select(h => h!["matching"]!.GetValue<bool>()).Should().Equal(true, false);
        history.Select(h => h!["recordedBy"]!.GetValue<string>()).Should().OnlyContain(by => by == staffId.ToString());
    }
}
