using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Browser;

/// <summary>The blind spots on Inzichten, the Rapportage page and the printable yearly check: screenshots at both widths, axe-core clean.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BlindSpotPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Blind_spots_show_on_the_map_the_table_and_the_printable_yearly_check_without_accessibility_violations()
    {
        var api = browser.Factory.CreateClient();
        var klop = await api.EnsureBuurthuisAsync("Buurthuis De Klop", "Overvecht");
        await api.CreateActivityAsync(ActivitySamples.Activity(klop, "Koffieochtend", "wo"));
        await api.CreateVolunteerAsync(Samples.Volunteer("Olga Overvecht", "Overvecht"));
        for (var i = 0; i < 3; i++) await api.CreateRequestAsync(Samples.Request("Mw. wil graag iemand om mee te wandelen.", "Overvecht"));
        var page = await browser.SignedInPageAsync("Tess Teamleider", ["coordinator"]);
        var violations = new List<string>();

        await page.GotoAsync("/inzichten");
        (await page.Locator("svg.map g.area").CountAsync()).Should().Be(24, "every area is on the map");
        (await page.Locator("svg.map g.area.empty[data-area='Binnenstad']").CountAsync()).Should().Be(1, "an area with nothing is shown, not dropped");
        (await page.Locator("tr[data-area='Overvecht']").InnerTextAsync()).Should().Contain("Minder dan een halve vrijwilliger per hulpvraag");
        await Screens.CheckAsync(page, "blinde-vlekken-inzichten", violations);

        await page.GotoAsync("/rapportage?Wijk=Overvecht");
        await Screens.CheckAsync(page, "blinde-vlekken-rapportage", violations);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Blinde vlekken per jaar" }).ClickAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = $"Blinde vlekken {DateTimeOffset.UtcNow.Year}" }).WaitForAsync();
        (await page.Locator("#blinde-vlekken-per-wijk").InnerTextAsync()).Should().Contain("Overvecht");
        await Screens.CheckAsync(page, "blinde-vlekken-jaar", violations);
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "blinde-vlekken-jaar-print.png"), FullPage = true });

        violations.Should().BeEmpty();
    }
}
