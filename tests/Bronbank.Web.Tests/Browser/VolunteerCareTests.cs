using Bronbank.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bronbank.Web.Tests.Browser;

/// <summary>Caring for volunteers at intake: conditions and support needs, the intake's date and who did it, and a pause until a date.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VolunteerCareTests(BrowserFixture browser)
{
    private readonly List<string> _violations = [];

    [Fact]
    public async Task Staff_record_conditions_and_a_pause_until_a_date_and_a_paused_volunteer_is_no_candidate_until_the_pause_is_lifted()
    {
        var staff = await browser.SignedInPageAsync("Ingrid Intake", ["staff"]);
        await staff.GotoAsync("/vrijwilligers/nieuw");
        (await staff.GetByLabel("Intake gedaan door").InputValueAsync()).Should().Be("Ingrid Intake", "who does the intake is filled in");
        (await staff.GetByLabel("Datum van de intake").InputValueAsync()).Should().Be(Screens.Today.ToString("yyyy-MM-dd"));
        await staff.GetByLabel("Naam", new() { Exact = true }).FillAsync("Pieter Pauze");
        await staff.GetByLabel("Wijk of buurt").SelectOptionAsync("Tuindorp");
        await staff.GetByLabel("Passies: waar wordt deze persoon blij van? (één per regel)").FillAsync("accordeon spelen\nvolksliedjes zingen");
        await staff.GetByLabel("Voorwaarden en ondersteuning", new() { Exact = false }).FillAsync("Wil alleen overdag. Heeft begeleiding nodig bij de eerste keer.");
        await staff.GetByLabel("Datum van de intake").FillAsync("2026-11-30");
        var until = Screens.Today.AddDays(45);
        await staff.GetByLabel("Gepauzeerd tot", new() { Exact = false }).FillAsync(until.ToString("yyyy-MM-dd"));
        await staff.GetByLabel("Toestemming om gekoppeld te worden").CheckAsync();
        await Screens.CheckAsync(staff, "intake-zorg", _violations);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await staff.GetByRole(AriaRole.Heading, new() { Name = "Pieter Pauze" }).WaitForAsync();

        (await staff.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Be($"De intake is opgeslagen. Pieter Pauze is gepauzeerd tot {Screens.Dutch(until)}.");
        (await staff.Locator("#voorwaarden").InnerTextAsync()).Should().Be("Wil alleen overdag. Heeft begeleiding nodig bij de eerste keer.");
        (await staff.Locator("#intake").InnerTextAsync()).Should().Be("30 november 2026, door Ingrid Intake");
        (await staff.Locator("#status").InnerTextAsync()).Should().Be($"gepauzeerd tot {Screens.Dutch(until)}", "pausing is not stopping");
        await Screens.CheckAsync(staff, "vrijwilliger-gepauzeerd", _violations);
        var id = Guid.Parse(staff.Url.Split('/')[^1]);

        // While paused: not among the candidates, and proposing is refused.
        var api = browser.Factory.CreateClient();
        var request = await api.CreateRequestAsync(Samples.Request("Mevrouw (90) mist muziek; wie komt accordeon spelen en volksliedjes zingen?", "Tuindorp"));
        (await CandidateNamesAsync(api, request)).Should().NotContain("Pieter Pauze");
        (await api.PostJsonAsync("/api/v1/matches", new { requestId = request, volunteerId = id })).StatusCode.Should().Be(System.Net.HttpStatusCode.Conflict);

        // The pause lifted: a candidate again, the profile says so.
        await staff.GetByRole(AriaRole.Link, new() { Name = "Profiel bewerken" }).ClickAsync();
        (await staff.GetByLabel("Voorwaarden en ondersteuning", new() { Exact = false }).InputValueAsync()).Should().Contain("begeleiding", "the form keeps what was recorded");
        await staff.GetByLabel("Gepauzeerd tot", new() { Exact = false }).FillAsync("");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await staff.GetByRole(AriaRole.Heading, new() { Name = "Pieter Pauze" }).WaitForAsync();
        (await staff.Locator("#status").InnerTextAsync()).Should().Be("actief");
        (await CandidateNamesAsync(api, request)).Should().Contain("Pieter Pauze");

        _violations.Should().BeEmpty();
    }

    private static async Task<List<string>> CandidateNamesAsync(HttpClient api, Guid request) =>
        [.. (await api.GetObjectAsync($"/api/v1/requests/{request}/candidates"))["candidates"]!.AsArray().Select(c => c!["name"]!.GetValue<string>())];
}
