using Bronbank.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bronbank.Web.Tests.Browser;

/// <summary>The coordinator's week after a match: request, candidates, propose, confirm, the follow-up due on "Te doen", the check-in, and the end.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FollowUpFlowTests(BrowserFixture browser)
{
    private readonly List<string> _violations = [];

    [Fact]
    public async Task A_confirmed_match_is_followed_up_from_te_doen_checked_in_and_ended_with_an_outcome()
    {
        var api = browser.Factory.CreateClient();
        await api.CreateVolunteerAsync(Samples.Volunteer("Fenna Fietsmaatje", "Lombok").With("passions", new[] { "fietsen", "duofiets rijden" }).With("email", "fenna@example.nl"));
        var coordinator = await browser.SignedInPageAsync("Olga Opvolger", ["coordinator"]);

        // Request → candidates → voorstellen.
        await coordinator.GotoAsync("/hulpvragen/nieuw");
        await coordinator.GetByLabel("Wijk of buurt van de bewoner").SelectOptionAsync("Lombok");
        await coordinator.GetByLabel("De vraag, in gewone woorden").FillAsync("Meneer (79) wil graag weer fietsen, op de duofiets met iemand erbij.");
        await coordinator.GetByLabel("Waar komt de vraag vandaan?").SelectOptionAsync(new SelectOptionValue { Label = "huisarts" });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Heading, new() { Name = "Hulpvraag", Exact = true }).WaitForAsync();
        (await coordinator.Locator("#herkomst").InnerTextAsync()).Should().Be("huisarts");
        (await coordinator.Locator("#eigenaar").InnerTextAsync()).Should().Be("Olga Opvolger", "who records a request owns it");
        await coordinator.Locator(".candidate", new() { HasText = "Fenna Fietsmaatje" }).GetByRole(AriaRole.Button, new() { Name = "Voorstellen" }).ClickAsync();
        await coordinator.WaitForURLAsync("**/koppelingen?status=proposed");

        // Bevestigen: the follow-up is four weeks later.
        await coordinator.Locator("tr", new() { HasText = "Fenna Fietsmaatje" }).GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync();
        await coordinator.WaitForURLAsync("**/koppelingen?status=active");
        await coordinator.Locator("tr", new() { HasText = "Fenna Fietsmaatje" }).GetByRole(AriaRole.Link, new() { Name = "actief" }).ClickAsync();
        (await coordinator.Locator("#opvolgen").InnerTextAsync()).Should().Be(Screens.Dutch(Screens.Today.AddDays(28)));
        var matchUrl = coordinator.Url;

        // Not due yet, so not on Te doen; moved to today, it is.
        await coordinator.GotoAsync("/taken");
        (await coordinator.Locator("main").InnerTextAsync()).Should().NotContain("Fenna Fietsmaatje");
        await coordinator.GotoAsync(matchUrl);
        await coordinator.GetByLabel("Opvolgdatum").FillAsync(Screens.Today.ToString("yyyy-MM-dd"));
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Opvolgdatum wijzigen" }).ClickAsync();
        (await coordinator.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Be($"Opvolgen staat op {Screens.Dutch(Screens.Today)}.");
        await coordinator.GotoAsync("/");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Te doen", Exact = true }).ClickAsync();
        var due = coordinator.Locator("section", new() { Has = coordinator.Locator("#opvolgen") }).GetByRole(AriaRole.Link, new() { Name = "Fenna Fietsmaatje" });
        await Screens.CheckAsync(coordinator, "te-doen", _violations);

        // Check-in from the list: "loopt goed" plans the next follow-up four weeks on and takes it off the list.
        await due.ClickAsync();
        await coordinator.GetByLabel("Hoe gaat het?").SelectOptionAsync(new SelectOptionValue { Label = "loopt goed" });
        await coordinator.GetByLabel("Toelichting (niet verplicht)").First.FillAsync("Ze fietsen elke dinsdag samen naar de markt.");
        // (No screenshot here: resizing a page opened at #navragen scrolls it back to the anchor under the pointer.)
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Navraag opslaan" }).ClickAsync();
        (await coordinator.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Be("Genoteerd: loopt goed.");
        (await coordinator.Locator("#opvolgen").InnerTextAsync()).Should().Be(Screens.Dutch(Screens.Today.AddDays(28)));
        (await coordinator.Locator("#nagevraagd").InnerTextAsync()).Should().StartWith("loopt goed");
        await Screens.CheckAsync(coordinator, "koppeling-nagevraagd", _violations);
        await coordinator.GotoAsync("/taken");
        (await coordinator.Locator("main").InnerTextAsync()).Should().NotContain("Fenna Fietsmaatje");

        // Beëindigen asks for the outcome; the history tells the whole story by name.
        await coordinator.GotoAsync(matchUrl);
        await coordinator.GetByLabel("Uitkomst").SelectOptionAsync(new SelectOptionValue { Label = "afgerond" });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Beëindigen" }).ClickAsync();
        (await coordinator.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Be("De koppeling is beëindigd (afgerond).");
        (await coordinator.Locator("#status").InnerTextAsync()).Should().Be("beëindigd");
        (await coordinator.Locator("#opvolgen").CountAsync()).Should().Be(0, "an ended match has nothing to follow up");
        var history = await coordinator.Locator("table").InnerTextAsync();
        history.Should().Contain($"opvolgen op {Screens.Dutch(Screens.Today)}").And.Contain("nagevraagd: loopt goed")
            .And.Contain("Ze fietsen elke dinsdag").And.Contain("beëindigd: afgerond").And.Contain("Olga Opvolger");
        await Screens.CheckAsync(coordinator, "koppeling-beeindigd", _violations);

        _violations.Should().BeEmpty();
    }
}
