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
        var violations = new List<string>();
        await ShotAsync(page, "spreekuur-leeg-768", violations);
        (await TabletProblemsAsync(page)).Should().BeEmpty("the form is one tablet screen of finger-sized toggles");
        await page.GetByLabel("Spreekuur in").SelectOptionAsync("Kanaleneiland");

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
        (await TabletProblemsAsync(page)).Should().BeEmpty("with the undo line above it the form still fits one screen");
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
        await page.GetByText("Lijst van organisaties aanpassen").ClickAsync();
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

        // The referral list is edited where it is used, still without JavaScript; a refused list changes nothing.
        await page.GetByText("Lijst van organisaties aanpassen").ClickAsync();
        var list = page.GetByLabel("Organisaties om naar door te verwijzen, één per regel");
        await list.FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lijst opslaan" }).ClickAsync();
        (await page.Locator("#fout-organisations").InnerTextAsync()).Should().Contain("niet veranderd");
        (await page.Locator(".toggle", new() { HasText = "wijkinformatiepunt" }).CountAsync()).Should().Be(1);
        // Only a screenshot here: axe runs as script, and this page has none (the tablet walk above runs axe).
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "spreekuur-lijst-768.png"), FullPage = true });

        await list.FillAsync("De Geldzaak\nLoket\nWmo-loket\nNetwerk Informele Zorg\nsociaal raadslieden\nBuurtteam\nVoedselbank\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lijst opslaan" }).ClickAsync();
        await page.GetByText("De lijst van organisaties is opgeslagen.").WaitForAsync();
        (await page.GetByLabel("Spreekuur in").InputValueAsync()).Should().Be("Hoograven", "the spreekuur stays chosen");
        (await page.Locator("fieldset", new() { HasText = "Doorverwezen naar" }).Locator(".toggle").AllInnerTextsAsync()).Select(t => t.Trim()).Should()
            .Equal("De Geldzaak", "Loket", "Wmo-loket", "Netwerk Informele Zorg", "sociaal raadslieden", "Buurtteam", "Voedselbank");
        await page.GetByLabel("Voedselbank", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("geld en schulden", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("doorverwezen", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bezoek opslaan" }).ClickAsync();
        await page.GetByText("Bezoek opgeslagen.").WaitForAsync();
        (await page.Locator("table.visits tbody tr").First.InnerTextAsync()).Should().Contain("Voedselbank");
    }

    /// <summary>
    /// What keeps the form from being one tablet screen of big targets: a toggle smaller than 44 by 44 pixels,
    /// a word in a toggle split over two lines, the save button below the first screen, or sideways scrolling.
    /// </summary>
    private static async Task<string[]> TabletProblemsAsync(IPage page) => await page.EvaluateAsync<string[]>("""
        () => {
          window.scrollTo(0, 0);
          const problems = [];
          for (const toggle of document.querySelectorAll('form#bezoek .toggle')) {
            const box = toggle.getBoundingClientRect();
            const label = toggle.textContent.trim();
            if (box.height < 44 || box.width < 44) problems.push(`${label}: ${Math.round(box.width)}x${Math.round(box.height)}`);
            const text = [...toggle.childNodes].find(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
            for (const word of text.textContent.matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(text, word.index);
              range.setEnd(text, word.index + word[0].length);
              if (range.getClientRects().length > 1) problems.push(`${label}: '${word[0]}' split over two lines`);
            }
          }
          const save = document.querySelector('.spreekuur-save').getBoundingClientRect();
          if (save.bottom > window.innerHeight) problems.push(`save button ends at ${Math.round(save.bottom)} of ${window.innerHeight}`);
          if (document.documentElement.scrollWidth > window.innerWidth) problems.push('the page scrolls sideways');
          return problems;
        }
        """);

    private static async Task ShotAsync(IPage page, string name, List<string> violations)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, name + ".png"), FullPage = true });
        violations.AddRange((await Accessibility.SeriousViolationsAsync(page)).Select(v => $"{name}: {v}"));
    }
}
