using Microsoft.Playwright;

namespace Bronbank.Web.Tests.Browser;

/// <summary>The whole flow in a real browser: intake, request with live candidates, propose and confirm, and the board's view.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffFlowTests(BrowserFixture browser)
{
    private const string Buurthuis = "Huis van de Buurt De Kuil";
    private const string Question = "Mw. (88) krijgt haar tuin niet meer bijgehouden, de heg groeit dicht en overal staat onkruid.";
    private readonly List<string> _violations = [];

    private async Task CheckAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, name + ".png"), FullPage = true });
        foreach (var violation in await Accessibility.SeriousViolationsAsync(page)) _violations.Add($"{name}: {violation}");
    }

    [Fact]
    public async Task Intake_then_request_then_match_while_the_board_sees_its_pool_grow_without_request_text()
    {
        var board = await browser.SignedInPageAsync("Bea Bestuur", ["board"], [Buurthuis]);
        await board.GotoAsync("/buurthuis");
        (await board.Locator("#aantal-vrijwilligers").InnerTextAsync()).Should().Be("0");

        // Staff: a form with mistakes shows Dutch messages next to the fields and keeps what was typed.
        var staff = await browser.SignedInPageAsync("Sanne Intake", ["staff"]);
        await CheckAsync(staff, "start-intake");
        await staff.GotoAsync("/vrijwilligers/nieuw");
        await staff.GetByLabel("Naam", new() { Exact = true }).FillAsync("Truus Tuinier");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        (await staff.Locator("#fout-neighbourhood").InnerTextAsync()).Should().Contain("Kies een wijk");
        (await staff.Locator("#fout-passions").InnerTextAsync()).Should().Contain("passie");
        (await staff.GetByLabel("Naam", new() { Exact = true }).InputValueAsync()).Should().Be("Truus Tuinier");
        await CheckAsync(staff, "intake-fouten");

        await staff.GetByLabel("Wijk of buurt").SelectOptionAsync("Zuilen");
        await staff.GetByLabel("Buurthuis", new() { Exact = true }).FillAsync(Buurthuis);
        await staff.GetByLabel("Passies: waar wordt deze persoon blij van? (één per regel)").FillAsync("tuinieren\nheggen snoeien");
        await staff.GetByLabel("di-ochtend").CheckAsync();
        await staff.GetByLabel("Toestemming om gekoppeld te worden").CheckAsync();
        await staff.GetByLabel("Toestemming om zichtbaar te zijn voor het bestuur van het buurthuis").CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await staff.GetByRole(AriaRole.Heading, new() { Name = "Truus Tuinier" }).WaitForAsync();
        (await staff.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Be("De intake is opgeslagen.");
        await CheckAsync(staff, "vrijwilliger");

        // Coordinator: the candidate list follows the typing, with the matched words marked.
        var coordinator = await browser.SignedInPageAsync("Cor Coördinator", ["coordinator"]);
        await coordinator.GotoAsync("/hulpvragen/nieuw");
        await coordinator.GetByLabel("Wijk of buurt van de bewoner").SelectOptionAsync("Zuilen");
        await coordinator.GetByLabel("De vraag, in gewone woorden").FillAsync(Question);
        var live = coordinator.Locator("#kandidaten .candidate", new() { HasText = "Truus Tuinier" });
        await live.WaitForAsync(new() { Timeout = 10_000 });
        (await live.Locator("mark").AllInnerTextsAsync()).Should().Contain(m => m.StartsWith("tuin", StringComparison.OrdinalIgnoreCase));
        await CheckAsync(coordinator, "nieuwe-hulpvraag");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Heading, new() { Name = "Hulpvraag", Exact = true }).WaitForAsync();
        (await coordinator.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Be("De hulpvraag is opgeslagen.");
        var candidate = coordinator.Locator(".candidate", new() { HasText = "Truus Tuinier" });
        (await candidate.Locator("mark").CountAsync()).Should().BeGreaterThan(0);
        await CheckAsync(coordinator, "hulpvraag");
        await candidate.GetByRole(AriaRole.Button, new() { Name = "Voorstellen" }).ClickAsync();
        await coordinator.WaitForURLAsync("**/koppelingen?status=proposed");
        (await coordinator.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Contain("Truus Tuinier is voorgesteld");
        await CheckAsync(coordinator, "koppelingen");
        await coordinator.Locator("tr", new() { HasText = "Truus Tuinier" }).GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync();
        await coordinator.WaitForURLAsync("**/koppelingen?status=active");
        (await coordinator.Locator("tr", new() { HasText = "Truus Tuinier" }).InnerTextAsync()).Should().Contain("actief");
        (await coordinator.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Contain("De koppeling is bevestigd.");
        await coordinator.Locator("tr", new() { HasText = "Truus Tuinier" }).GetByRole(AriaRole.Link, new() { Name = "actief" }).ClickAsync();
        (await coordinator.Locator("table").InnerTextAsync()).Should().Contain("voorgesteld").And.Contain("bevestigd");
        await CheckAsync(coordinator, "koppeling-geschiedenis");

        // The board sees the pool grow, and never the request.
        await board.ReloadAsync();
        (await board.Locator("#aantal-vrijwilligers").InnerTextAsync()).Should().Be("1");
        var boardText = await board.Locator("main").InnerTextAsync();
        boardText.Should().Contain("tuinieren").And.NotContain("heg groeit dicht").And.NotContain("Tuinier", "boards see first names only");
        await CheckAsync(board, "buurthuis");
        (await board.GotoAsync("/hulpvragen"))!.Url.Should().Contain("geen-toegang");

        _violations.Should().BeEmpty("no page has serious or critical accessibility violations");
        browser.CspViolations.Should().BeEmpty("htmx and the pages work under a CSP without inline script");
    }
}
