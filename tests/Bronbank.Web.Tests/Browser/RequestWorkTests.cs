using Microsoft.Playwright;

namespace Bronbank.Web.Tests.Browser;

/// <summary>A help request as the coordinator's own work: owner and "Mijn hulpvragen", where it came from, edit, close with an outcome, reopen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RequestWorkTests(BrowserFixture browser)
{
    private readonly List<string> _violations = [];

    [Fact]
    public async Task A_coordinator_edits_hands_over_closes_and_reopens_a_request_and_finds_their_own_under_mijn_hulpvragen()
    {
        await browser.SignedInPageAsync("Hanna Overname", ["coordinator"]);
        var coordinator = await browser.SignedInPageAsync("Ruud Regie", ["coordinator"]);
        await coordinator.GotoAsync("/hulpvragen/nieuw");
        await coordinator.GetByLabel("Wijk of buurt van de bewoner").SelectOptionAsync("Overvecht");
        await coordinator.GetByLabel("De vraag, in gewone woorden").FillAsync("Mevrouw (67) zoekt hulp bij het invullen van formulieren voor de huurtoeslag.");
        await coordinator.GetByLabel("Waar komt de vraag vandaan?").SelectOptionAsync(new SelectOptionValue { Label = "wijkteam" });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Heading, new() { Name = "Hulpvraag", Exact = true }).WaitForAsync();
        var requestUrl = coordinator.Url;

        // Mijn hulpvragen: the ones I own, with the source and my name in the list.
        await coordinator.GotoAsync("/hulpvragen");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Mijn hulpvragen" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Heading, new() { Name = "Mijn hulpvragen" }).WaitForAsync();
        var mine = coordinator.Locator("tr", new() { HasText = "huurtoeslag" });
        (await mine.InnerTextAsync()).Should().Contain("wijkteam").And.Contain("Ruud Regie");
        await Screens.CheckAsync(coordinator, "mijn-hulpvragen", _violations);

        // Edit: the text and the owner; the request leaves my list and names its new owner.
        await coordinator.GotoAsync(requestUrl);
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Hulpvraag bewerken" }).ClickAsync();
        await coordinator.GetByLabel("De vraag, in gewone woorden").FillAsync("Mevrouw (67) zoekt hulp bij formulieren voor de huurtoeslag en de zorgtoeslag.");
        await coordinator.GetByLabel("Eigenaar (de coördinator die de vraag oppakt)").SelectOptionAsync(new SelectOptionValue { Label = "Hanna Overname" });
        await Screens.CheckAsync(coordinator, "hulpvraag-bewerken", _violations);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await coordinator.WaitForURLAsync(requestUrl);
        (await coordinator.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Be("De hulpvraag is opgeslagen.");
        (await coordinator.Locator(".question").InnerTextAsync()).Should().Contain("zorgtoeslag");
        (await coordinator.Locator("#eigenaar").InnerTextAsync()).Should().Be("Hanna Overname");
        (await coordinator.Locator("#herkomst").InnerTextAsync()).Should().Be("wijkteam", "what was not changed is kept");
        await coordinator.GotoAsync("/hulpvragen?eigenaar=mij");
        (await coordinator.Locator("main").InnerTextAsync()).Should().NotContain("zorgtoeslag");

        // Close with how it ended, then reopen.
        await coordinator.GotoAsync(requestUrl);
        await coordinator.GetByLabel("Hoe is het afgelopen?").SelectOptionAsync(new SelectOptionValue { Label = "doorverwezen" });
        await coordinator.Locator("#afsluiting-notitie").FillAsync("Doorverwezen naar de formulierenbrigade.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Afsluiten" }).ClickAsync();
        (await coordinator.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Be("De hulpvraag is afgesloten (doorverwezen).");
        (await coordinator.Locator("dl").InnerTextAsync()).Should().Contain("gesloten");
        (await coordinator.Locator("#afsluiting").InnerTextAsync()).Should().Be("doorverwezen: Doorverwezen naar de formulierenbrigade.");
        await Screens.CheckAsync(coordinator, "hulpvraag-gesloten", _violations);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Heropenen" }).ClickAsync();
        (await coordinator.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Be("De hulpvraag is weer open.");
        (await coordinator.Locator("dl").InnerTextAsync()).Should().Contain("open").And.NotContain("doorverwezen");

        _violations.Should().BeEmpty();
    }
}
