using System.Net;
using System.Text.RegularExpressions;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bronbank.Web.Tests.Browser;

/// <summary>
/// Walks every page a person with every role can reach, with data on them: Dutch words only (no English
/// states or roles, no ids), every class defined in a served stylesheet, no serious accessibility
/// violations, and a screenshot of each page at 1280 and at 768 pixels wide.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class EveryPageTests(BrowserFixture browser)
{
    private const string Buurthuis = "Buurtcentrum De Leeuw";

    [GeneratedRegex(@"\b(proposed|active|matched|declined|ended|closed|completed|admin|board|coordinator|staff|volunteer|request|null|true|false|nl|so|ar|tr|pl|ru|zgh|pap)\b")]
    private static partial Regex EnglishOrCode();

    [Fact]
    public async Task Every_page_speaks_Dutch_uses_only_defined_classes_and_passes_axe_at_both_widths()
    {
        await SeedAsync();
        var page = await browser.SignedInPageAsync("Alex Alles", ["admin", "staff", "coordinator", "board"], [Buurthuis]);
        var defined = await DefinedClassesAsync();
        var problems = new List<string>();

        var visited = await PageWalk.WalkAsync(page, browser.BaseUrl, async url =>
        {
            var name = Regex.Replace(PageWalk.KindOf(url).Trim('/', '?'), "[^a-z0-9]+", "-").Trim('-');
            name = name.Length == 0 ? "start" : name;
            // E-mail addresses are what people typed (admin-x@example.nl), not words the app chose.
            var text = Regex.Replace(await page.Locator("body").InnerTextAsync(), @"\S+@\S+", "");
            foreach (Match m in EnglishOrCode().Matches(text)) problems.Add($"{url}: English word or code '{m.Value}'");
            foreach (Match m in PageWalk.Guid().Matches(text)) problems.Add($"{url}: id in visible text '{m.Value}'");
            var classes = await page.EvaluateAsync<string[]>("() => [...new Set([...document.querySelectorAll('[class]')].flatMap(e => [...e.classList]))]");
            problems.AddRange(classes.Where(c => !defined.Contains(c)).Select(c => $"{url}: class '{c}' is in no served stylesheet"));
            problems.AddRange((await Accessibility.SeriousViolationsAsync(page)).Select(v => $"{url}: {v}"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, $"pagina-{name}-1280.png"), FullPage = true });
            await page.SetViewportSizeAsync(768, 1024);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, $"pagina-{name}-768.png"), FullPage = true });
            await page.SetViewportSizeAsync(1280, 900);
        }, limit: 80, also: ["/privacy?naam=Wandelaar"]);

        visited.Select(PageWalk.KindOf).Should().Contain(["/vrijwilligers?", "/vrijwilligers/{id}?", "/hulpvragen/{id}?", "/koppelingen/{id}?", "/vrijwilligers?pagina", "/beheer?", "/inzichten?", "/buurthuis?",
            "/spreekuur?", "/signalen?alles", "/signalen/{id}?", "/rapportage?wijk",
            "/taken?", "/privacy?", "/vrijwilligers/importeren?", "/hulpvragen/{id}/bewerken?", "/hulpvragen?eigenaar", "/privacy/{id}?", "/privacy/{id}/verwijderen?", "/agenda?", "/bouwblokken?"],
            "the walk reaches lists, their pages and every kind of detail page");
        problems.Should().BeEmpty();
    }

    [Fact]
    public async Task No_access_answers_403_and_the_favicon_and_stylesheets_are_served_without_sign_in()
    {
        var client = browser.Factory.CreateAnonymousClient();
        (await client.GetAsync("/geen-toegang")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var icon = await client.GetAsync("/favicon.ico");
        icon.StatusCode.Should().Be(HttpStatusCode.OK);
        (await icon.Content.ReadAsByteArrayAsync()).Take(4).Should().Equal(0, 0, 1, 0);
        var css = await client.GetAsync("/css/bronbank.css");
        css.StatusCode.Should().Be(HttpStatusCode.OK);
        css.Content.Headers.ContentType!.MediaType.Should().Be("text/css");
    }

    /// <summary>Every class selector in the stylesheets the layout links to, fetched as the browser fetches them.</summary>
    private async Task<HashSet<string>> DefinedClassesAsync()
    {
        var client = browser.Factory.CreateAnonymousClient();
        var html = await (await client.GetAsync("/inloggen")).Content.ReadAsStringAsync();
        var sheets = Regex.Matches(html, "<link rel=\"stylesheet\" href=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        sheets.Should().HaveCountGreaterThan(1);
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            var css = await client.GetStringAsync(sheet);
            foreach (Match m in Regex.Matches(css, @"\.(-?[A-Za-z_][A-Za-z0-9_-]*)")) defined.Add(m.Groups[1].Value);
        }
        return defined;
    }

    private async Task SeedAsync()
    {
        var api = browser.Factory.CreateClient();
        var first = Guid.Empty;
        for (var i = 0; i < 30; i++)
        {
            var id = await api.CreateVolunteerAsync(Samples.Volunteer($"Wandelaar {i:00} Jansen").With("buurthuis", Buurthuis).With("languages", new[] { "nl", "so" }).With("email", $"w{i}@example.nl"));
            if (i == 0) first = id;
        }
        var request = await api.CreateRequestAsync();
        var match = await api.ProposeAsync(request, first);
        (await api.ConfirmAsync(match)).EnsureSuccessStatusCode();
        var second = await api.CreateRequestAsync(Samples.Request("Meneer (70) zoekt iemand om mee te wandelen in het park."));
        await api.ProposeAsync(second, first);

        // A morning's visit and a signal, so the spreekuur, the signal pages and the wijk report show data.
        (await api.PostJsonAsync("/api/v1/visits", Samples.Visit("Zuilen", "geld en schulden"))).EnsureSuccessStatusCode();
        var owner = await (await api.PostJsonAsync("/api/v1/users", new { email = $"eigenaar-{Guid.NewGuid():N}@example.nl", name = "Eva Eigenaar", roles = new[] { "coordinator" } })).ReadObjectAsync();
        (await api.PostJsonAsync("/api/v1/signals", new { kind = "geldzorgen", area = "Zuilen", residentRef = "BT-2026-077", owner = owner["id"]!.GetValue<Guid>(), followUpOn = DateTime.UtcNow.ToString("yyyy-MM-dd") }))
            .EnsureSuccessStatusCode();
    }
}
