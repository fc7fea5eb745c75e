using System.Net;
using System.Net.Http.Headers;
using Bronbank.Web.Tests.Infrastructure;
using Bronbank.Web.Tests.Visits;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Bronbank.Web.Tests.Reports;

public sealed class WijkReportTests(BronbankFactory factory) : IClassFixture<BronbankFactory>, IAsyncLifetime
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private readonly HttpClient _client = factory.CreateClient();

    public async Task InitializeAsync()
    {
        // xUnit makes the class (and calls this) once per test, on one host: seed the wijk once.
        if ((await _client.GetObjectAsync("/api/v1/visits?area=Lunetten"))["total"]!.GetValue<int>() > 0) return;
        var today = VisitApiTests.DutchToday().ToString("yyyy-MM-dd");
        for (var i = 0; i < 6; i++)
            (await _client.PostJsonAsync("/api/v1/visits", Samples.Visit("Lunetten", "geld en schulden").With("date", today))).EnsureSuccessStatusCode();
        for (var i = 0; i < 2; i++)
            (await _client.PostJsonAsync("/api/v1/visits", Samples.Visit("Hoograven", "taal").With("referredTo", new[] { "Loket" }))).EnsureSuccessStatusCode();
        (await _client.PostJsonAsync("/api/v1/visits", Samples.Visit("Zuilen", "taal"))).EnsureSuccessStatusCode(); // another wijk
        await _client.CreateRequestAsync(Samples.Request("Meneer heeft schulden en een stapel rekeningen die hij niet kan betalen.", "Lunetten"));
        var (_, owner) = await factory.ClientAsAsync(["coordinator"]);
        (await _client.PostJsonAsync("/api/v1/signals", new { kind = "geldzorgen", area = "Hoograven", owner, followUpOn = today })).EnsureSuccessStatusCode();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static Dictionary<string, List<string[]>> Sheets(byte[] file)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(file), isEditable: false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s =>
            ((WorksheetPart)workbook.GetPartById(s.Id!)).Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray()).ToList());
    }

    [Fact]
    public async Task The_xlsx_has_one_sheet_per_topic_and_every_cell_says_what_it_should_with_small_counts_hidden()
    {
        var response = await _client.GetAsync("/api/v1/reports/wijk?wijk=Zuid&format=xlsx");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(Xlsx);
        var sheets = Sheets(await response.Content.ReadAsByteArrayAsync());

        sheets.Keys.Should().Equal("Vrijwilligers", "Hulpvragen", "Koppelingen", "Spreekuur", "Thema's", "Signalen", "Blinde vlekken");
        sheets["Spreekuur"].Should().BeEquivalentTo(new[]
        {
            new[] { "", "aantal" },
            new[] { "bezoeken", "8" },
            new[] { "doorverwezen naar De Geldzaak", "6" },
            new[] { "doorverwezen naar Loket", "< 5" },
        }, o => o.WithStrictOrdering());
        sheets["Thema's"].Should().BeEquivalentTo(new[]
        {
            new[] { "thema", "spreekuur", "hulpvraag", "samen", "stijgt" },
            new[] { "geld en schulden", "6", "< 5", "7", "ja" },
            new[] { "taal", "< 5", "0", "< 5", "nee" },
        }, o => o.WithStrictOrdering());
        sheets["Signalen"].Should().BeEquivalentTo(new[] { new[] { "soort", "afloop", "aantal" }, new[] { "geldzorgen", "open", "< 5" } }, o => o.WithStrictOrdering());
        sheets["Hulpvragen"][1].Should().Equal("totaal", "< 5");
        sheets["Blinde vlekken"].Skip(1).Select(r => r[0]).Should().BeEquivalentTo(["Zuid", "Lunetten", "Hoograven"], "only the wijk's own areas");
        sheets.Values.SelectMany(s => s).SelectMany(r => r).Should().NotContain(["1", "2", "3", "4"], "no count of one to four leaves the app");
    }

    [Fact]
    public async Task Requests_and_matches_are_reported_by_how_they_ended_in_Dutch_with_the_median_wait_only_over_five_or_more()
    {
        var matches = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            var request = await _client.CreateRequestAsync(Samples.Request("Mevrouw wil graag iemand om mee naar de markt te gaan.", "Lombok"));
            matches.Add(await _client.ProposeAsync(request, await _client.CreateVolunteerAsync(Samples.Volunteer($"Lombokker {i}", "Lombok"))));
        }
        foreach (var match in matches.Take(6)) (await _client.ConfirmAsync(match)).EnsureSuccessStatusCode();
        (await _client.DeclineAsync(matches[6])).EnsureSuccessStatusCode();
        foreach (var match in matches.Take(5)) (await _client.EndAsync(match)).EnsureSuccessStatusCode();
        var binnenstad = await _client.CreateRequestAsync(Samples.Request("Meneer zoekt iemand die meegaat naar de markt.", "Binnenstad"));
        (await _client.ConfirmAsync(await _client.ProposeAsync(binnenstad, await _client.CreateVolunteerAsync(Samples.Volunteer("Binnenstedeling", "Binnenstad"))))).EnsureSuccessStatusCode();

        var west = Sheets(await _client.GetByteArrayAsync("/api/v1/reports/wijk?wijk=West&format=xlsx"));
        west["Hulpvragen"].Should().BeEquivalentTo(new[]
        {
            new[] { "afloop", "aantal" }, new[] { "totaal", "7" }, new[] { "open", "< 5" }, new[] { "voorgesteld", "0" }, new[] { "gekoppeld", "< 5" },
            new[] { "gesloten na een koppeling", "5" }, new[] { "gesloten zonder koppeling", "0" },
        }, o => o.WithStrictOrdering());
        west["Koppelingen"].Should().BeEquivalentTo(new[]
        {
            new[] { "", "aantal" }, new[] { "voorgesteld", "7" }, new[] { "bevestigd", "6" }, new[] { "afgewezen", "< 5" },
            new[] { "beëindigd: afgerond", "5" }, new[] { "beëindigd: eerder gestopt", "0" }, new[] { "beëindigd: vrijwilliger gestopt", "0" },
            new[] { "beëindigd: bewoner verhuisd of overleden", "0" }, new[] { "beëindigd: anders", "0" }, new[] { "mediaan dagen tot koppeling", "0" },
        }, o => o.WithStrictOrdering());
        west["Vrijwilligers"].Skip(1).Take(2).Should().BeEquivalentTo(new[] { new[] { "nieuw", "7" }, new[] { "actief", "7" } }, o => o.WithStrictOrdering());

        var fewMatches = Sheets(await _client.GetByteArrayAsync("/api/v1/reports/wijk?wijk=Binnenstad&format=xlsx"));
        fewMatches["Koppelingen"][^1].Should().Equal("mediaan dagen tot koppeling", "niet getoond: minder dan 5 koppelingen");
        fewMatches.Values.Concat(west.Values).SelectMany(s => s).SelectMany(r => r).Should()
            .NotContain(c => System.Text.RegularExpressions.Regex.IsMatch(c, @"\b(completed|stopped|declined|proposed|matched|closed|other)\b"), "what the gemeente reads is Dutch");
    }

    [Fact]
    public async Task The_xlsx_is_chosen_by_the_accept_header_too_and_json_hides_small_counts_as_well()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reports/wijk?wijk=zuid");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(Xlsx));
        var response = await _client.SendAsync(request);
        response.Content.Headers.ContentType!.MediaType.Should().Be(Xlsx);
        Sheets(await response.Content.ReadAsByteArrayAsync()).Should().HaveCount(7);

        var json = await _client.GetObjectAsync("/api/v1/reports/wijk?wijk=Zuid");
        json["wijk"]!.GetValue<string>().Should().Be("Zuid");
        var spreekuur = json["sheets"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Spreekuur")!["rows"]!.AsArray();
        spreekuur[3]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("doorverwezen naar Loket", "< 5");
    }

    [Fact]
    public async Task The_printable_page_shows_every_topic_with_the_same_hidden_small_counts_and_offers_each_wijk()
    {
        var page = System.Text.RegularExpressions.Regex.Replace(await _client.GetStringAsync("/rapportage?Wijk=Zuid"), @">\s+<", "><");
        foreach (var topic in new[] { "Vrijwilligers", "Hulpvragen", "Koppelingen", "Spreekuur", "Thema&#x27;s", "Signalen", "Blinde vlekken" })
            page.Should().Contain($"<h2 class=\"utrecht-heading-2\">{topic}</h2>", topic);
        page.Should().Contain("<td>doorverwezen naar Loket</td><td>&lt; 5</td>").And.Contain("<td>doorverwezen naar De Geldzaak</td><td>6</td>");
        page.Should().Contain("<td>geldzorgen</td><td>open</td><td>&lt; 5</td>");
        page.Should().Contain("format=xlsx&wijk=Zuid", "the same report downloads as .xlsx");

        var choose = await _client.GetStringAsync("/rapportage");
        choose.Should().Contain("href=\"/rapportage?Wijk=Zuid\"").And.Contain("href=\"/rapportage?Wijk=Leidsche%20Rijn\"");
    }

    [Fact]
    public async Task A_report_needs_a_known_wijk_and_a_known_format()
    {
        (await (await _client.GetAsync("/api/v1/reports/wijk")).ShouldBeProblemAsync(400)).ErrorsFor("wijk").Should().NotBeEmpty();
        (await (await _client.GetAsync("/api/v1/reports/wijk?wijk=Atlantis")).ShouldBeProblemAsync(400)).ErrorsFor("wijk").Should().NotBeEmpty();
        (await (await _client.GetAsync("/api/v1/reports/wijk?wijk=Zuid&format=pdf")).ShouldBeProblemAsync(400)).ErrorsFor("format").Should().NotBeEmpty();
        var (board, _) = await factory.ClientAsAsync(["board"], ["De Boog"]);
        await (await board.GetAsync("/api/v1/reports/wijk?wijk=Zuid")).ShouldBeProblemAsync(403);
    }
}
