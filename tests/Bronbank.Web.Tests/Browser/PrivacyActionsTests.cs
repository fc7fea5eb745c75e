using System.Net;
using System.Text.Json.Nodes;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bronbank.Web.Tests.Browser;

/// <summary>An admin handles a volunteer's privacy request in the app: the logboek of the profile, the export, and erasure after a confirmation step.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrivacyActionsTests(BrowserFixture browser)
{
    private readonly List<string> _violations = [];

    [Fact]
    public async Task An_admin_reads_the_logboek_downloads_everything_and_erases_a_volunteer_after_confirming()
    {
        var api = browser.Factory.CreateClient();
        var id = await api.CreateVolunteerAsync(Samples.Volunteer("Wilma Vergeten", "Hoograven").With("email", "wilma@example.nl")
            .With("about", "Wilma breit sokken voor de hele straat."));
        var staff = await browser.SignedInPageAsync("Karin Kijker", ["staff"]);
        await staff.GotoAsync($"/vrijwilligers/{id}");

        var admin = await browser.SignedInPageAsync("Bram Beheer", ["admin"]);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Privacy", Exact = true }).ClickAsync();
        await admin.GetByLabel("Naam van de vrijwilliger").FillAsync("wilma");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Wilma Vergeten" }).ClickAsync();

        // The logboek names who looked, in Dutch.
        var log = await admin.Locator("#logboek").InnerTextAsync();
        log.Should().Contain("Karin Kijker").And.Contain("bekeken").And.Contain("profielpagina");
        PageWalk.Guid().IsMatch(log).Should().BeFalse("people by name, never by id");
        await Screens.CheckAsync(admin, "privacy-vrijwilliger", _violations);

        // The export: everything held, as a file.
        var download = await admin.RunAndWaitForDownloadAsync(() => admin.GetByRole(AriaRole.Link, new() { Name = "Alle gegevens downloaden" }).ClickAsync());
        var export = JsonNode.Parse(await File.ReadAllTextAsync((await download.PathAsync())!))!;
        export["profile"]!["name"]!.GetValue<string>().Should().Be("Wilma Vergeten");
        export["profile"]!["about"]!.GetValue<string>().Should().Contain("sokken");
        export["consentHistory"]!.AsArray().Should().NotBeEmpty();
        download.SuggestedFilename.Should().EndWith(".json");

        // Erasure asks first; without the tick nothing happens.
        await admin.GetByRole(AriaRole.Link, new() { Name = "Vrijwilliger verwijderen…" }).ClickAsync();
        await Screens.CheckAsync(admin, "privacy-verwijderen", _violations);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Definitief verwijderen" }).ClickAsync();
        (await admin.GetByRole(AriaRole.Alert).First.InnerTextAsync()).Should().Contain("Vink eerst aan");
        (await api.GetAsync($"/api/v1/volunteers/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);

        await admin.GetByLabel("Ja, verwijder alle gegevens van Wilma Vergeten").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Definitief verwijderen" }).ClickAsync();
        await admin.WaitForURLAsync("**/privacy");
        (await admin.GetByRole(AriaRole.Status).InnerTextAsync()).Should().StartWith("Alle gegevens van Wilma Vergeten zijn verwijderd");
        (await api.GetAsync($"/api/v1/volunteers/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var search = await api.GetObjectAsync("/api/v1/volunteers/search?q=sokken");
        search["candidates"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).Should().NotContain("Wilma Vergeten", "erasure reaches the index");
        await admin.GotoAsync("/privacy?naam=wilma");
        (await admin.Locator("#niets-gevonden").InnerTextAsync()).Should().Contain("Geen vrijwilliger gevonden");

        _violations.Should().BeEmpty();
    }
}
