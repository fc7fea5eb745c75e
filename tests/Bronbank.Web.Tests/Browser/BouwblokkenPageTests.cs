using Bronbank.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Bronbank.Web.Tests.Browser;

/// <summary>
/// The Agenda and Bouwblokken pages in a real browser: the week grid per buurthuis and its filters (the
/// target group too, live and without JavaScript), the clustering suggestions, an activity and a buurthuis
/// made through their forms after a bad submit, what a board sees, and an activity beside the volunteers.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BouwblokkenPageTests(BrowserFixture browser)
{
    private const string Wending = "Buurtcentrum De Wending";
    private const string Sterrenwacht = "Wijkcentrum De Sterrenwacht";

    private sealed record Known(Guid Wending, Guid Sterrenwacht, Guid Huiskamer, Guid Raadslieden);

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Known? _known;

    /// <summary>
    /// A small known week in Noordwest (made once for the shared host): in De Wending (Zuilen) a Huiskamer and a
    /// taalcafé on Tuesday morning and a koffie-inloop for the same ouderen on Thursday evening; in De Sterrenwacht
    /// (Ondiep, about a kilometre away) a spreekuur for ouderen on Tuesday morning too.
    /// </summary>
    private async Task<Known> AgendaAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_known is not null) return _known;
            var api = browser.Factory.CreateClient();
            var wending = await api.CreateBuurthuisAsync(Wending, extra: new
            {
                name = Wending, area = "Zuilen", address = "Wendingstraat 3", openDayParts = new[] { "di-ochtend", "di-middag", "do-avond", "vr-ochtend" },
            });
            var sterrenwacht = await api.CreateBuurthuisAsync(Sterrenwacht, extra: new
            {
                name = Sterrenwacht, area = "Ondiep", address = "Sterrenlaan 9", openDayParts = new[] { "di-ochtend" },
            });
            var huiskamer = await api.CreateActivityAsync(ActivitySamples.Activity(wending, "Huiskamer", "di", "10:00", "12:00"));
            await api.CreateActivityAsync(ActivitySamples.Activity(wending, "Taalcafé", "di", "10:30", "12:00")
                .With("targetGroups", new[] { "nieuwkomers" }).With("organisation", "Taal Doet Meer")
                .With("description", "Nederlands oefenen in gesprek met buurtgenoten."));
            await api.CreateActivityAsync(ActivitySamples.Activity(wending, "Koffie-inloop", "do", "19:00", "21:00"));
            var raadslieden = await api.CreateActivityAsync(ActivitySamples.Activity(sterrenwacht, "Spreekuur sociaal raadslieden", "di", "09:30", "11:30")
                .With("kind", "spreekuur").With("organisation", "Sociaal raadslieden").With("targetGroups", new[] { "ouderen", "mensen met geldzorgen" })
                .With("description", "Hulp bij brieven, toeslagen en schulden."));
            return _known = new Known(wending, sterrenwacht, huiskamer, raadslieden);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static ILocator Cell(IPage page, Guid buurthuis, string slot) => page.Locator($"#agenda-{buurthuis} td[data-slot='{slot}']");

    [Fact]
    public async Task The_agenda_shows_a_grid_per_buurthuis_and_the_target_group_filter_follows_the_choice()
    {
        var known = await AgendaAsync();
        var page = await browser.SignedInPageAsync("Maya Makelaar", ["staff"]);
        var violations = new List<string>();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Agenda" }).ClickAsync();
        await page.WaitForURLAsync("**/agenda");
        (await page.GetByLabel("Week (bijvoorbeeld 2026-W10)").InputValueAsync()).Should().MatchRegex(@"^\d{4}-W\d{2}$", "this week is chosen");
        await page.GotoAsync("/agenda?wijk=Noordwest&week=2026-W10");

        (await page.GetByRole(AriaRole.Heading, new() { Name = Wending }).CountAsync()).Should().Be(1);
        (await Cell(page, known.Wending, "di-ochtend").InnerTextAsync()).Should().Contain("Huiskamer").And.Contain("Taalcafé").And.Contain("10:00–12:00");
        (await Cell(page, known.Wending, "do-avond").InnerTextAsync()).Should().Contain("Koffie-inloop");
        (await Cell(page, known.Sterrenwacht, "di-ochtend").InnerTextAsync()).Should().Contain("Spreekuur sociaal raadslieden").And.Contain("spreekuur");
        (await Cell(page, known.Wending, "ma-ochtend").InnerTextAsync()).Should().Contain("gesloten", "De Wending is not open on Monday mornings");
        (await page.Locator($"#agenda-{known.Wending} thead").InnerTextAsync()).Should().Contain("3 mrt");
        await Screens.CheckAsync(page, "agenda", violations);

        // The target-group filter answers live (htmx) and the address keeps it, so a reload or a link shows the same.
        await page.GetByLabel("Doelgroep").SelectOptionAsync("nieuwkomers");
        await page.WaitForURLAsync("**doelgroep=nieuwkomers**");
        await Cell(page, known.Wending, "di-ochtend").Locator(".agenda-item", new() { HasText = "Huiskamer" }).WaitForAsync(new() { State = WaitForSelectorState.Detached });
        (await Cell(page, known.Wending, "di-ochtend").InnerTextAsync()).Should().Contain("Taalcafé");
        (await Cell(page, known.Sterrenwacht, "di-ochtend").InnerTextAsync()).Should().NotContain("Spreekuur sociaal raadslieden");
        (await page.Locator($"#agenda-{known.Sterrenwacht}").InnerTextAsync()).Should().Contain("Niets gepland deze week voor nieuwkomers.");
        await page.ReloadAsync();
        (await page.GetByLabel("Doelgroep").InputValueAsync()).Should().Be("nieuwkomers");
        (await Cell(page, known.Wending, "di-ochtend").InnerTextAsync()).Should().NotContain("Huiskamer");
        await Screens.CheckAsync(page, "agenda-nieuwkomers", violations);

        // The week after: everything is weekly, so the same grid; the link keeps wijk and target group.
        await page.GetByRole(AriaRole.Link, new() { Name = "volgende week →" }).ClickAsync();
        await page.WaitForURLAsync("**week=2026-W11**");
        page.Url.Should().Contain("doelgroep=nieuwkomers").And.Contain("wijk=Noordwest");

        // The buurthuis's iCalendar feed, as the page links it.
        var href = await page.Locator($"#agenda-{known.Wending} a[href*='agenda.ics']").GetAttributeAsync("href");
        href.Should().Be($"/api/v1/agenda.ics?buurthuisId={known.Wending}");
        var feed = await page.APIRequest.GetAsync(href!);
        feed.Status.Should().Be(200);
        feed.Headers["content-type"].Should().StartWith("text/calendar");
        (await feed.TextAsync()).Should().Contain("SUMMARY:Huiskamer").And.Contain("RRULE:FREQ=WEEKLY").And.NotContain("Spreekuur sociaal raadslieden");

        // A subscription link for the buurthuis's own calendar: made here, shown once, read without signing in.
        await page.GotoAsync("/agenda?wijk=Noordwest&week=2026-W10");
        var subscribe = page.Locator($"#agenda-{known.Wending} details.agenda-subscribe");
        await subscribe.GetByText("Abonneren in je eigen agenda").ClickAsync();
        await subscribe.GetByRole(AriaRole.Button, new() { Name = "Nieuwe link maken" }).ClickAsync();
        var link = page.Locator($"#agenda-{known.Wending}").GetByLabel("Link om te kopiëren (wordt maar één keer getoond)");
        var url = await link.InputValueAsync();
        url.Should().StartWith(browser.BaseUrl + "/api/v1/agenda/feeds/bbf_").And.EndWith(".ics");
        (await page.GetByLabel("Week (bijvoorbeeld 2026-W10)").InputValueAsync()).Should().Be("2026-W10", "the page comes back with the same filters");
        await Screens.CheckAsync(page, "agenda-abonneren", violations);
        using var calendarApp = new HttpClient();
        var subscribed = await calendarApp.GetStringAsync(url);
        subscribed.Should().Contain("SUMMARY:Huiskamer").And.NotContain("Spreekuur sociaal raadslieden");
        violations.Should().BeEmpty();
    }

    [Fact]
    public async Task The_agenda_filters_by_target_group_without_javascript()
    {
        var known = await AgendaAsync();
        var email = $"staff-{Guid.NewGuid():N}@example.nl";
        (await browser.Factory.CreateClient().PostJsonAsync("/api/v1/users", new { email, name = "Noor Zonder Script", roles = new[] { "coordinator" }, password = BrowserFixture.Password }))
            .EnsureSuccessStatusCode();
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseUrl, JavaScriptEnabled = false, ViewportSize = new() { Width = 768, Height = 1024 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(BrowserFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await page.GotoAsync("/agenda?week=2026-W10");
        await page.GetByLabel("Buurt", new() { Exact = true }).SelectOptionAsync("Zuilen");
        await page.GetByLabel("Doelgroep").SelectOptionAsync("ouderen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        await page.WaitForURLAsync("**doelgroep=ouderen**");
        (await Cell(page, known.Wending, "di-ochtend").InnerTextAsync()).Should().Contain("Huiskamer").And.NotContain("Taalcafé");
        (await page.Locator($"#agenda-{known.Sterrenwacht}").CountAsync()).Should().Be(0, "De Sterrenwacht is in Ondiep, not Zuilen");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "agenda-zonder-script-768.png"), FullPage = true });
    }

    [Fact]
    public async Task Bouwblokken_shows_the_suggestions_and_an_activity_is_made_after_a_bad_submit_that_keeps_what_was_typed()
    {
        var known = await AgendaAsync();
        var page = await browser.SignedInPageAsync("Cas Coördinator", ["coordinator"]);
        var violations = new List<string>();
        await page.GotoAsync("/bouwblokken?wijk=Noordwest");
        await page.Locator("section.bouwblok-wijk", new() { HasText = "Noordwest" }).Locator("summary").ClickAsync();
        var suggestions = await page.Locator(".suggestion").AllInnerTextsAsync();
        suggestions.Should().Contain(s => s.Contains("Zet ze op hetzelfde dagdeel: Huiskamer en Koffie-inloop zijn allemaal voor ouderen in Buurtcentrum De Wending, maar op di-ochtend, do-avond."));
        suggestions.Should().Contain(s => s.StartsWith("concurrentie dichtbij") && s.Contains("Ze concurreren:")
            && s.Contains("Huiskamer (Buurtcentrum De Wending)") && s.Contains("Spreekuur sociaal raadslieden (Wijkcentrum De Sterrenwacht)") && s.Contains("op di-ochtend, 1,1 km van elkaar"));
        suggestions.Should().Contain(s => s.Contains("Buurtcentrum De Wending is open op di-middag, vr-ochtend, maar dan gebeurt er niets"));
        await Screens.CheckAsync(page, "bouwblokken", violations);

        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe activiteit of spreekuur" }).ClickAsync();
        await page.GetByLabel("Titel").FillAsync("Buurtmaaltijd");
        await page.GetByLabel("Organisatie (eigen team of partner, bijvoorbeeld Buurtteam of sociaal raadslieden)").FillAsync("Huis van de Buurt");
        await page.GetByLabel("Buurthuis").SelectOptionAsync(new SelectOptionValue { Label = $"{Wending} (Zuilen)" });
        await page.GetByLabel("Dag", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "vrijdag" });
        await page.GetByLabel("Begintijd").FillAsync("18:00");
        await page.GetByLabel("Eindtijd").FillAsync("17:00");
        await page.GetByLabel("Hoe vaak").SelectOptionAsync(new SelectOptionValue { Label = "om de week" });
        await page.GetByLabel("ouderen", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Andere doelgroepen (gescheiden door komma's)").FillAsync("alleenstaanden");
        await page.GetByLabel("Beschrijving").FillAsync("Samen koken en eten met de buren.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        (await page.Locator("[id='fout-schedule.end']").InnerTextAsync()).Should().Contain("later dan de begintijd");
        (await page.Locator("[id='fout-schedule.from']").InnerTextAsync()).Should().Contain("om de week");
        (await page.GetByRole(AriaRole.Alert).First.InnerTextAsync()).Should().Contain("Niet alles is goed ingevuld");
        (await page.GetByLabel("Titel").InputValueAsync()).Should().Be("Buurtmaaltijd", "nothing typed is lost on a bad submit");
        (await page.GetByLabel("Buurthuis").InputValueAsync()).Should().Be(known.Wending.ToString());
        (await page.GetByLabel("Begintijd").InputValueAsync()).Should().Be("18:00");
        (await page.GetByLabel("Andere doelgroepen (gescheiden door komma's)").InputValueAsync()).Should().Be("alleenstaanden");
        (await page.GetByLabel("ouderen", new() { Exact = true }).IsCheckedAsync()).Should().BeTrue();
        (await page.GetByLabel("Beschrijving").InputValueAsync()).Should().Be("Samen koken en eten met de buren.");
        await Screens.CheckAsync(page, "activiteit-fouten", violations);
        (await browser.Factory.CreateClient().GetObjectAsync($"/api/v1/agenda?week=2026-W10&area=Zuilen")).ToJsonString().Should().NotContain("Buurtmaaltijd", "a bad submit saves nothing");

        await page.GetByLabel("Eindtijd").FillAsync("20:00");
        await page.GetByLabel("Vanaf (nodig bij om de week)").FillAsync("2026-03-06");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.WaitForURLAsync("**/bouwblokken#activiteiten");
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Contain("Buurtmaaltijd in Buurtcentrum De Wending is opgeslagen (om de week op vrijdag 18:00–20:00)");
        var row = page.Locator(".activities-table tr", new() { HasText = "Buurtmaaltijd" });
        (await row.InnerTextAsync()).Should().Contain("ouderen, alleenstaanden");

        await page.GotoAsync("/agenda?gebied=Zuilen&week=2026-W10");
        (await Cell(page, known.Wending, "vr-avond").InnerTextAsync()).Should().Contain("Buurtmaaltijd");
        await page.GotoAsync("/agenda?gebied=Zuilen&week=2026-W11");
        (await Cell(page, known.Wending, "vr-avond").InnerTextAsync()).Should().NotContain("Buurtmaaltijd", "every other week from 6 March");

        // Editing keeps the schedule; changing the day moves it in the grid.
        await page.GotoAsync("/bouwblokken");
        await page.GetByRole(AriaRole.Link, new() { Name = "Buurtmaaltijd" }).ClickAsync();
        (await page.GetByLabel("Vanaf (nodig bij om de week)").InputValueAsync()).Should().Be("2026-03-06");
        await page.GetByLabel("Dag", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "donderdag" });
        await page.GetByLabel("Vanaf (nodig bij om de week)").FillAsync("2026-03-05");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.WaitForURLAsync("**/bouwblokken#activiteiten");
        await page.GotoAsync("/agenda?gebied=Zuilen&week=2026-W10");
        (await Cell(page, known.Wending, "do-avond").InnerTextAsync()).Should().Contain("Buurtmaaltijd").And.Contain("Koffie-inloop");

        // And it can be removed again, from its own page.
        await page.GotoAsync("/bouwblokken");
        await page.GetByRole(AriaRole.Link, new() { Name = "Buurtmaaltijd" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Activiteit verwijderen" }).ClickAsync();
        await page.WaitForURLAsync("**/bouwblokken#activiteiten");
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Be("Buurtmaaltijd is verwijderd.");
        (await page.Locator(".activities-table").InnerTextAsync()).Should().NotContain("Buurtmaaltijd").And.Contain("Koffie-inloop");
        violations.Should().BeEmpty();
    }

    [Fact]
    public async Task A_buurthuis_is_registered_through_its_form_after_a_bad_submit()
    {
        await AgendaAsync();
        var page = await browser.SignedInPageAsync("Bo Beheer", ["admin"]);
        var violations = new List<string>();
        await page.GotoAsync("/bouwblokken");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw buurthuis" }).ClickAsync();
        await page.GetByLabel("Adres").FillAsync("Rijnlaan 7");
        await page.GetByLabel("Breedtegraad").FillAsync("52,07x");
        await page.GetByLabel("di-ochtend").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        (await page.Locator("#fout-name").InnerTextAsync()).Should().Contain("Vul een naam in");
        (await page.Locator("#fout-area").InnerTextAsync()).Should().Contain("Kies een wijk of buurt");
        (await page.Locator("#fout-lat").InnerTextAsync()).Should().Contain("breedtegraad");
        (await page.GetByLabel("Adres").InputValueAsync()).Should().Be("Rijnlaan 7");
        (await page.GetByLabel("Breedtegraad").InputValueAsync()).Should().Be("52,07x");
        (await page.GetByLabel("di-ochtend").IsCheckedAsync()).Should().BeTrue();
        await Screens.CheckAsync(page, "buurthuis-fouten", violations);

        // A name that is taken is named at the field.
        await page.GetByLabel("Naam").FillAsync(Wending.ToUpperInvariant());
        await page.GetByLabel("Wijk of buurt").SelectOptionAsync("Transwijk");
        await page.GetByLabel("Breedtegraad").FillAsync("52,0712");
        await page.GetByLabel("Lengtegraad").FillAsync("5,1034");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        (await page.Locator("#fout-name").InnerTextAsync()).Should().Contain("Er is al een buurthuis met deze naam");

        await page.GetByLabel("Naam").FillAsync("Buurthuis De Rijn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.WaitForURLAsync("**/bouwblokken#buurthuizen");
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Be("Buurthuis De Rijn is opgeslagen.");
        var saved = (await (await browser.Factory.CreateClient().GetAsync("/api/v1/buurthuizen?area=Transwijk")).ReadArrayAsync())
            .Single(b => b!["name"]!.GetValue<string>() == "Buurthuis De Rijn")!;
        saved["lat"]!.GetValue<double>().Should().Be(52.0712);
        saved["address"]!.GetValue<string>().Should().Be("Rijnlaan 7");
        saved["openDayParts"]!.AsArray().Select(d => d!.GetValue<string>()).Should().Equal("di-ochtend");
        violations.Should().BeEmpty();
    }

    [Fact]
    public async Task A_board_sees_and_edits_only_its_own_buurthuis_in_the_agenda_and_the_bouwblokken()
    {
        var known = await AgendaAsync();
        var board = await browser.SignedInPageAsync("Bea Bestuur", ["board"], [Wending]);
        var violations = new List<string>();
        var menu = board.GetByRole(AriaRole.Navigation);
        (await menu.GetByRole(AriaRole.Link, new() { Name = "Agenda" }).CountAsync()).Should().Be(1);
        (await menu.GetByRole(AriaRole.Link, new() { Name = "Bouwblokken" }).CountAsync()).Should().Be(1);

        await board.GotoAsync("/agenda?week=2026-W10");
        (await board.Locator("section.agenda h2").AllInnerTextsAsync()).Should().ContainSingle().Which.Should().StartWith(Wending);
        (await board.Locator($"#agenda-{known.Wending} a[href*='agenda.ics']").CountAsync()).Should().Be(1);
        await board.GotoAsync("/agenda?week=2026-W10&wijk=Noordwest");
        (await board.Locator("body").InnerTextAsync()).Should().NotContain(Sterrenwacht);
        await Screens.CheckAsync(board, "agenda-bestuur", violations);

        await board.GotoAsync("/bouwblokken");
        var text = await board.Locator("main").InnerTextAsync();
        text.Should().Contain("Huiskamer").And.NotContain("Spreekuur sociaal raadslieden").And.NotContain(Sterrenwacht);
        (await board.GetByRole(AriaRole.Link, new() { Name = "Nieuw buurthuis" }).CountAsync()).Should().Be(0);
        (await board.Locator("#buurthuizen").CountAsync()).Should().Be(0, "boards do not manage buurthuizen");
        await Screens.CheckAsync(board, "bouwblokken-bestuur", violations);

        (await board.GotoAsync($"/bouwblokken/activiteiten/{known.Raadslieden}/bewerken"))!.Status.Should().Be(403, "another buurthuis's activity");
        (await board.GotoAsync("/bouwblokken/buurthuizen/nieuw"))!.Status.Should().Be(403);
        (await board.GotoAsync($"/bouwblokken/buurthuizen/{known.Wending}/bewerken"))!.Status.Should().Be(403);
        (await board.GotoAsync($"/bouwblokken/activiteiten/{known.Huiskamer}/bewerken"))!.Status.Should().Be(200);
        await board.GotoAsync("/bouwblokken/activiteiten/nieuw");
        (await board.GetByLabel("Buurthuis").Locator("option").AllInnerTextsAsync()).Should().Equal("Kies…", $"{Wending} (Zuilen)");
        (await board.GetByLabel("Buurthuis").InputValueAsync()).Should().Be(known.Wending.ToString(), "a board with one buurthuis has it chosen");
        violations.Should().BeEmpty();
    }

    [Fact]
    public async Task The_live_candidate_list_shows_a_fitting_activity_beside_the_volunteers()
    {
        await AgendaAsync();
        await browser.Factory.CreateClient().CreateVolunteerAsync(Samples.Volunteer("Koos Koffie", "Zuilen").With("passions", new[] { "koffie drinken en een praatje maken" }));
        var page = await browser.SignedInPageAsync("Coco Ordinator", ["coordinator"]);
        await page.GotoAsync("/hulpvragen/nieuw");
        await page.GetByLabel("Wijk of buurt van de bewoner").SelectOptionAsync("Zuilen");
        await page.GetByLabel("De vraag, in gewone woorden").FillAsync("Mw. (81) voelt zich alleen en wil graag samen koffie drinken en een praatje maken.");
        var activity = page.Locator("#kandidaten .activity", new() { HasText = "Huiskamer" });
        await activity.WaitForAsync(new() { Timeout = 10_000 });
        (await activity.Locator("h4").InnerTextAsync()).Should().StartWith("Huiskamer, di-ochtend in Buurtcentrum De Wending, 0,0 km");
        (await activity.Locator(".reasons").InnerTextAsync()).Should().Contain("past bij");
        (await activity.Locator("a").GetAttributeAsync("href")).Should().StartWith("/agenda");
        // Beside the volunteers: on a wide screen the activities stand to the right of the candidate list.
        var volunteer = page.Locator("#kandidaten .candidate", new() { HasText = "Koos Koffie" });
        await volunteer.WaitForAsync();
        (await activity.BoundingBoxAsync())!.X.Should().BeGreaterThan((await volunteer.BoundingBoxAsync())!.X + 300);
        var violations = new List<string>();
        await Screens.CheckAsync(page, "nieuwe-hulpvraag-activiteit", violations);

        // Saved, the request's own page shows the same beside its candidates.
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Hulpvraag", Exact = true }).WaitForAsync();
        (await page.Locator(".activity", new() { HasText = "Huiskamer" }).InnerTextAsync()).Should().Contain("Buurtcentrum De Wending");
        await Screens.CheckAsync(page, "hulpvraag-activiteit", violations);
        violations.Should().BeEmpty();
    }
}
