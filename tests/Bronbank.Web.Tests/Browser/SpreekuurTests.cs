using Bronbank.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bronbank.Web.Tests.Browser;

/// <summary>A morning at the inloopspreekuur on a tablet: five visits in a few taps each, one undone, and the same form without JavaScript.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SpreekuurTests(BrowserFixture browser)
{
    private static readonly (string[] Themes, string? Referral, string Outcome)[] Morning =
    [
        (["geld en schulden", "formulieren en post"], "De Geldzaak", "doorverwezen"),
        (["digitale hulp"], null, "geholpen"),
        (["eenzaamheid en gezelschap"], "Netwerk Informele Zorg", "hulpvraag voor vrijwilliger"),
        (["gezondheid en zorg"], "Wmo-loket", "doorverwezen"),
        (["klussen"], null, "terugkomen"),
    ];

    [Fact]
    public async Task Five_visits_are_logged_with_toggles_on_a_tablet_and_the_last_can_be_undone()
    {
        var page = await browser.SignedInPageAsync("Sam Spreekuur", ["coordinator"]);
        await page.SetViewportSizeAsync(768, 1024);
        await page.GotoAsync("/spreekuur");
        (await page.Locator("form#bezoek").InnerTextAsync()).Should().Contain("geen namen");
        await page.GetByLabel("Spreekuur in").SelectOptionAsync("Kanaleneiland");
        var violations = new List<string>();

        foreach (var (themes, referral, outcome) in Morning)
        {
            foreach (var theme in themes) await page.Locator(".toggle", new() { HasText = theme }).ClickAsync();
            if (referral is not null) await page.Locator(".toggle", new() { HasText = referral }).ClickAsync();
            await page.Locator(".toggle", new() { HasText = outcome }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Bezoek opslaan" }).ClickAsync();
            await page.GetByText("Bezoek opgeslagen.").WaitForAsync();
            (await page.GetByLabel("Spreekuur in").InputValueAsync()).Should().Be("Kanaleneiland", "the area stays chosen for the next visit");
        }
        (await page.Locator("table.visits tbody tr").CountAsync()).Should().Be(5);
        (await page.Locator("table.visits tbody tr").First.InnerTextAsync()).Should().Contain("klussen").And.Contain("terugkomen");
        await ShotAsync(page, "spreekuur-768", violations);

        // The fifth was a mistake: undo removes it and only it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Ongedaan maken" }).ClickAsync();
        await page.GetByText("Het laatste bezoek is verwijderd.").WaitForAsync();
        (await page.Locator("table.visits tbody tr").CountAsync()).Should().Be(4);
        (await page.Locator("table.visits").InnerTextAsync()).Should().NotContain("terugkomen");

        // A visit without a theme is not saved and says why, in Dutch.
        await page.GetByRole(AriaRole.Button, new() { Name = "Bezoek opslaan" }).ClickAsync();
        (await page.Locator("#fout-themes").InnerTextAsync()).Should().Contain("Kies minstens één thema");
        (await page.Locator("#fout-outcome").InnerTextAsync()).Should().Contain("Kies hoe");
        await ShotAsync(page, "spreekuur-fouten-768", violations);

        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/spreekuur?gebied=Kanaleneiland");
        await ShotAsync(page, "spreekuur-1280", violations);

        var visits = await browser.Factory.CreateClient().GetObjectAsync("/api/v1/visits?area=Kanaleneiland");
        visits["total"]!.GetValue<int>().Should().Be(4);
        violations.Should().BeEmpty();
    }

    [Fact]
    public async Task A_visit_is_logged_without_javascript()
    {
        var email = $"staff-{Guid.NewGuid():N}@example.nl";
        (await browser.Factory.CreateClient().PostJsonAsync("/api/v1/users", new { email, name = "Noor Zonder Script", roles = new[] { "staff" }, password = BrowserFixture.Password }))
            .EnsureSuccessStatusCode();
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseUrl, JavaScriptEnabled = false, ViewportSize = new() { Width = 768, Height = 1024 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(BrowserFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await page.GotoAsync("/spreekuur");
        await page.GetByLabel("Spreekuur in").SelectOptionAsync("Hoograven");
        await page.GetByLabel("taal", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Loket", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("doorverwezen", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bezoek opslaan" }).ClickAsync();
        await page.GetByText("Bezoek opgeslagen.").WaitForAsync();
        (await page.Locator("table.visits").InnerTextAsync()).Should().Contain("taal").And.Contain("Loket");
    }

    private static async Task ShotAsync(IPage page, string name, List<string> violations)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, name + ".png"), FullPage = true });
        violations.AddRange((await Accessibility.SeriousViolationsAsync(page)).Select(v => $"{name}: {v}"));
    }
}
