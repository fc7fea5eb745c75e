using System.Net;
using System.Text.Json.Nodes;
using Bronbank.Web.Infrastructure.Tables;
using Bronbank.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Bronbank.Web.Tests.Insights;

/// <summary>
/// Issue 17: blind spots count what is on offer. Zuilen has activities but too few volunteers, Lombok a buurthuis with
/// nothing on, Ondiep enough of everything, and Binnenstad nothing at all — shown, not dropped.
/// </summary>
public sealed class BlindSpotTests(BronbankFactory factory) : IClassFixture<BronbankFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();
    private static readonly int Year = DateTimeOffset.UtcNow.Year;

    public async Task InitializeAsync()
    {
        if ((await _client.GetObjectAsync("/api/v1/insights/areas"))["areas"]!.AsArray().Any(a => a!["activitiesPerWeek"]!.GetValue<double>() > 0)) return;
        var pijler = await _client.CreateBuurthuisAsync("De Pijler", "Zuilen");
        await _client.CreateBuurthuisAsync("Het Lombokhuis", "Lombok");
        var ondiep = await _client.CreateBuurthuisAsync("De Vonk", "Ondiep");
        await _client.CreateActivityAsync(ActivitySamples.Activity(pijler, "Huiskamer"));
        await _client.CreateActivityAsync(ActivitySamples.Activity(pijler, "Samen eten", "do", "17:00", "19:00")
            .With("schedule", new Dictionary<string, object?> { ["weekday"] = "do", ["start"] = "17:00", ["end"] = "19:00", ["recurrence"] = "monthly", ["weekOfMonth"] = 1 }));
        await _client.CreateActivityAsync(ActivitySamples.Activity(pijler, "Spreekuur Buurtteam").With("kind", "spreekuur")
            .With("schedule", new Dictionary<string, object?> { ["weekday"] = "di", ["start"] = "09:00", ["end"] = "10:00", ["recurrence"] = "biweekly", ["from"] = $"{Year}-01-06" }));
        // Ended last year: no longer on offer.
        await _client.CreateActivityAsync(ActivitySamples.Activity(ondiep, "Oude soos")
            .With("schedule", new Dictionary<string, object?> { ["weekday"] = "wo", ["start"] = "14:00", ["end"] = "16:00", ["recurrence"] = "weekly", ["until"] = $"{Year - 2}-12-31" }));
        await _client.CreateActivityAsync(ActivitySamples.Activity(ondiep, "Koffie in De Vonk", "vr"));
        await _client.CreateVolunteerAsync(Samples.Volunteer("Zuilenaar", "Zuilen"));
        for (var i = 0; i < 3; i++) await _client.CreateRequestAsync(Samples.Request(neighbourhood: "Zuilen"));
        for (var i = 0; i < 2; i++) await _client.CreateVolunteerAsync(Samples.Volunteer($"Lombokker {i}", "Lombok"));
        await _client.CreateRequestAsync(Samples.Request(neighbourhood: "Lombok"));
        for (var i = 0; i < 2; i++) await _client.CreateVolunteerAsync(Samples.Volunteer($"Ondieper {i}", "Ondiep"));
        await _client.CreateRequestAsync(Samples.Request(neighbourhood: "Ondiep"));
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

    private static JsonNode Area(JsonObject insights, string name) => insights["areas"]!.AsArray().Single(a => a!["area"]!.GetValue<string>() == name)!;

    [Fact]
    public async Task Each_area_counts_its_activities_spreekuren_and_buurthuizen_and_says_why_it_is_a_blind_spot()
    {
        var insights = await _client.GetObjectAsync("/api/v1/insights/areas");

        var zuilen = Area(insights, "Zuilen");
        zuilen["activitiesPerWeek"]!.GetValue<double>().Should().Be(1.23, "weekly 1 plus monthly 12/52");
        zuilen["spreekurenPerWeek"]!.GetValue<double>().Should().Be(0.5, "every other week");
        zuilen["buurthuizen"]!.GetValue<int>().Should().Be(1);
        zuilen["blindSpot"]!.GetValue<bool>().Should().BeTrue();
        zuilen["blindSpotReason"]!.GetValue<string>().Should().Be("Minder dan een halve vrijwilliger per hulpvraag.");

        var lombok = Area(insights, "Lombok");
        lombok["activitiesPerWeek"]!.GetValue<double>().Should().Be(0);
        lombok["buurthuizen"]!.GetValue<int>().Should().Be(1);
        lombok["blindSpotReason"]!.GetValue<string>().Should().Be("Geen activiteit of spreekuur in de buurthuizen.");

        var ondiep = Area(insights, "Ondiep");
        ondiep["activitiesPerWeek"]!.GetValue<double>().Should().Be(1, "the activity that ended two years ago is not on offer");
        ondiep["blindSpot"]!.GetValue<bool>().Should().BeFalse();
        ondiep["blindSpotReason"].Should().BeNull();

        var empty = Area(insights, "Binnenstad");
        empty["activeVolunteers"]!.GetValue<int>().Should().Be(0);
        empty["requests"]!.GetValue<int>().Should().Be(0);
        empty["blindSpot"]!.GetValue<bool>().Should().BeTrue();
        empty["blindSpotReason"]!.GetValue<string>().Should().Be("Niets in beeld: geen vrijwilligers, hulpvragen of activiteiten.");
        var west = Area(insights, "West");
        west["blindSpotReason"]!.GetValue<string>().Should().StartWith("Niets in beeld", "an area with nothing is listed like any other");
    }

    [Fact]
    public async Task An_area_with_nothing_is_on_the_map_and_in_the_table_of_the_Inzichten_page()
    {
        var page = await _client.GetStringAsync("/inzichten");

        System.Text.RegularExpressions.Regex.Matches(page, "<g class=\"area").Count.Should().Be(24, "every configured area, also those with nothing");
        page.Should().Contain("<g class=\"area blind-spot empty\" data-area=\"Binnenstad\">");
        page.Should().Contain("<g class=\"area\" data-area=\"Ondiep\">");
        page.Should().Contain("data-area=\"Binnenstad\"><th class=\"utrecht-table__header-cell\" scope=\"row\">Binnenstad</th>");
        page.Should().Contain("Niets in beeld: geen vrijwilligers");
        page.Should().Contain("href=\"/rapportage/blinde-vlekken\"");
    }

    [Fact]
    public async Task The_yearly_report_is_an_xlsx_per_wijk_and_per_area_a_csv_and_a_printable_page()
    {
        var response = await _client.GetAsync($"/api/v1/reports/blind-spots?year={Year}&format=xlsx");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(XlsxTable.ContentType);
        var sheets = Sheets(await response.Content.ReadAsByteArrayAsync());
        sheets.Keys.Should().Equal("Per wijk", "Per gebied");
        sheets["Per wijk"][0].Should().Equal("wijk", "gebieden", "blinde vlekken", "vrijwilligers", "hulpvragen", "zonder koppeling", "activiteiten per week", "spreekuren per week", "buurthuizen");
        // Noordwest: Zuilen (blind spot), Ondiep (fine), Noordwest itself (nothing).
        sheets["Per wijk"].Single(r => r[0] == "Noordwest").Should().Equal("Noordwest", "3", "2", "< 5", "< 5", "< 5", "2,23", "0,5", "2");
        var perArea = sheets["Per gebied"];
        perArea[0].Should().Equal("wijk", "gebied", "vrijwilligers", "hulpvragen", "zonder koppeling", "vrijwilligers per hulpvraag", "vrije plaatsen",
            "activiteiten per week", "spreekuren per week", "buurthuizen", "blinde vlek", "reden");
        perArea.Single(r => r[1] == "Zuilen").Should().Equal("Noordwest", "Zuilen", "< 5", "< 5", "< 5", "", "< 5", "1,23", "0,5", "1", "ja", "Minder dan een halve vrijwilliger per hulpvraag.");
        perArea.Single(r => r[1] == "Binnenstad").Should().Equal("Binnenstad", "Binnenstad", "0", "0", "0", "", "0", "0", "0", "0", "ja",
            "Niets in beeld: geen vrijwilligers, hulpvragen of activiteiten.");
        perArea.Skip(1).Should().HaveCount(24);
        perArea.SelectMany(r => r.Skip(2).Take(5)).Should().NotContain(["1", "2", "3", "4"], "no count of people from one to four leaves the app");

        var csv = await _client.GetAsync($"/api/v1/reports/blind-spots?year={Year}&format=csv");
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines[0].Should().Be("wijk,gebied,vrijwilligers,hulpvragen,zonder koppeling,vrijwilligers per hulpvraag,vrije plaatsen,activiteiten per week,spreekuren per week,buurthuizen,blinde vlek,reden");
        lines.Should().Contain("Noordwest,Zuilen,< 5,< 5,< 5,,< 5,\"1,23\",\"0,5\",1,ja,Minder dan een halve vrijwilliger per hulpvraag.");

        var page = await _client.GetStringAsync($"/rapportage/blinde-vlekken?Jaar={Year}");
        page.Should().Contain($"Blinde vlekken {Year}").And.Contain("<svg").And.Contain("data-area=\"Binnenstad\"")
            .And.Contain("id=\"wijk-noordwest\"").And.Contain("Minder dan een halve vrijwilliger per hulpvraag.");
        page.Should().Contain("Zuilen: &lt; 5 hulpvragen", "the map's tooltips leave the app with the page and hide small counts too");
        (await _client.GetStringAsync("/rapportage")).Should().Contain("href=\"/rapportage/blinde-vlekken\"");
    }

    [Fact]
    public async Task A_year_outside_the_reports_range_or_an_unknown_format_is_a_validation_problem()
    {
        (await (await _client.GetAsync("/api/v1/reports/blind-spots?year=1999")).ShouldBeProblemAsync(400))["errors"]!["year"].Should().NotBeNull();
        (await (await _client.GetAsync($"/api/v1/reports/blind-spots?year={Year + 1}")).ShouldBeProblemAsync(400))["errors"]!["year"].Should().NotBeNull();
        (await (await _client.GetAsync("/api/v1/reports/blind-spots?format=pdf")).ShouldBeProblemAsync(400))["errors"]!["format"].Should().NotBeNull();
        var json = await _client.GetObjectAsync("/api/v1/reports/blind-spots");
        json["year"]!.GetValue<int>().Should().Be(Year, "the year defaults to this one");
    }
}
