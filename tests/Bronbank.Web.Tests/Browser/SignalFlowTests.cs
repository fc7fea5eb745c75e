using Microsoft.Playwright;

namespace Bronbank.Web.Tests.Browser;

/// <summary>A worry becomes a signal, gets a note, becomes a help request whose theme is corrected; the insights show where questions come from.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignalFlowTests(BrowserFixture browser)
{
    private readonly List<string> _violations = [];

    private async Task ShotsAsync(IPage page, string name)
    {
        foreach (var width in new[] { 1280, 768 })
        {
            await page.SetViewportSizeAsync(width, 1000);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, $"{name}-{width}.png"), FullPage = true });
        }
        _violations.AddRange((await Accessibility.SeriousViolationsAsync(page)).Select(v => $"{name}: {v}"));
    }

    [Fact]
    public async Task A_signal_is_noted_turned_into_a_help_request_and_its_theme_corrected()
    {
        var page = await browser.SignedInPageAsync("Cas Signaal", ["coordinator"]);
        await page.GotoAsync("/signalen");
        await page.GetByLabel("Soort zorg").SelectOptionAsync("eenzaamheid");
        await page.GetByLabel("Wijk of buurt").SelectOptionAsync("Parkwijk");
        await page.GetByLabel("Kenmerk van de bewoner (geen naam)").FillAsync("Jan Jansen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Signaal opslaan" }).ClickAsync();
        (await page.Locator("#fout-residentRef").InnerTextAsync()).Should().Contain("nooit een naam");
        await ShotsAsync(page, "signalen-fout");

        await page.GetByLabel("Kenmerk van de bewoner (geen naam)").FillAsync("BT-2026-031");
        await page.GetByLabel("Korte notitie (hoogstens 500 tekens, geen namen)").FillAsync("Buurman zegt dat meneer sinds het overlijden van zijn vrouw niemand meer ziet.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Signaal opslaan" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Signaal: eenzaamheid" }).WaitForAsync();
        (await page.Locator(".utrecht-data-list").InnerTextAsync()).Should().Contain("Cas Signaal").And.Contain("BT-2026-031");

        await page.GetByLabel("Notitie (hoogstens 500 tekens, geen namen)").FillAsync("Langs geweest, hij wil graag iemand om mee te wandelen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Notitie opslaan" }).ClickAsync();
        await page.GetByText("hij wil graag iemand om mee te wandelen").WaitForAsync();
        await ShotsAsync(page, "signaal");

        await page.GetByLabel("De hulpvraag, in gewone woorden").FillAsync("Meneer (79) zoekt iemand om wekelijks mee te wandelen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hulpvraag maken en signaal afsluiten" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Hulpvraag", Exact = true }).WaitForAsync();
        (await page.Locator(".utrecht-data-list").InnerTextAsync()).Should().Contain("Voortgekomen uit een signaal").And.Contain("BT-2026-031");
        (await page.Locator("#thema").InnerTextAsync()).Should().Be("eenzaamheid en gezelschap");
        await page.GetByLabel("Thema aanpassen").SelectOptionAsync("gezondheid en zorg");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thema opslaan" }).ClickAsync();
        await page.Locator("#thema", new() { HasText = "(aangepast)" }).WaitForAsync();
        (await page.Locator("#thema").InnerTextAsync()).Should().Be("gezondheid en zorg (aangepast)");
        await ShotsAsync(page, "hulpvraag-uit-signaal");

        await page.GetByRole(AriaRole.Link, new() { Name = "Voortgekomen uit een signaal" }).ClickAsync();
        (await page.Locator(".utrecht-data-list").InnerTextAsync()).Should().Contain("afgesloten: hulpvraag gemaakt");

        await page.GotoAsync("/inzichten");
        (await page.Locator("#thema-bronnen").InnerTextAsync()).Should().Contain("gezondheid en zorg");
        (await page.Locator("#signalen-per-gebied").InnerTextAsync()).Should().Contain("Parkwijk").And.NotContain("BT-2026-031", "signals show as numbers only");
        await ShotsAsync(page, "inzichten");

        await page.GotoAsync("/rapportage?Wijk=Leidsche%20Rijn");
        (await page.Locator("table.report", new() { HasText = "Signalen" }).InnerTextAsync()).Should().Contain("eenzaamheid").And.Contain("< 5");
        await ShotsAsync(page, "rapportage");
        _violations.Should().BeEmpty();
    }
}
