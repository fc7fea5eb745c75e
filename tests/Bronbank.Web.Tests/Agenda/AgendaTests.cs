using Bronbank.Web.Tests.Infrastructure;
using Ical.Net;

namespace Bronbank.Web.Tests.Agenda;

/// <summary>A small known agenda: a weekly Huiskamer, a spreekuur on the first Tuesday of the month, a biweekly repaircafé.</summary>
public sealed class AgendaTests(BronbankFactory factory) : IClassFixture<BronbankFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();
    private Guid _pijler, _huiskamer, _raadslieden, _repair;

    public async Task InitializeAsync()
    {
        // xUnit makes the class afresh for each test; the agenda is made once per class fixture (its own schema).
        var existing = (await (await _client.GetAsync("/api/v1/activities")).ReadArrayAsync()).ToDictionary(a => a!["title"]!.GetValue<string>(), a => a!);
        if (existing.Count > 0)
        {
            (_pijler, _huiskamer) = (existing["Huiskamer"]["buurthuisId"]!.GetValue<Guid>(), existing["Huiskamer"]["id"]!.GetValue<Guid>());
            (_raadslieden, _repair) = (existing["Spreekuur sociaal raadslieden"]["id"]!.GetValue<Guid>(), existing["Repaircafé"]["id"]!.GetValue<Guid>());
            return;
        }
        _pijler = await _client.CreateBuurthuisAsync("Buurtcentrum De Pijler", extra: new
        {
            name = "Buurtcentrum De Pijler", area = "Zuilen", address = "Pijlerplein 1", openDayParts = new[] { "di-ochtend", "di-middag", "do-avond" },
        });
        await _client.CreateBuurthuisAsync("Wijkcentrum Lombok", "Lombok");
        _huiskamer = await _client.CreateActivityAsync(ActivitySamples.Activity(_pijler, "Huiskamer", "di", "10:00", "12:00"));
        _raadslieden = await _client.CreateActivityAsync(ActivitySamples.Activity(_pijler, "Spreekuur sociaal raadslieden", "di", "13:30", "15:00")
            .With("kind", "spreekuur").With("targetGroups", new[] { "mensen met geldzorgen" })
            .With("schedule", new { weekday = "di", start = "13:30", end = "15:00", recurrence = "monthly", weekOfMonth = 1 }));
        _repair = await _client.CreateActivityAsync(ActivitySamples.Activity(_pijler, "Repaircafé", "do", "19:00", "21:00")
            .With("schedule", new { weekday = "do", start = "19:00", end = "21:00", recurrence = "biweekly", from = "2026-03-05", until = "2026-06-30" }));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static List<string> Titles(System.Text.Json.Nodes.JsonNode agenda, string buurthuis, string slot) =>
        [.. agenda["buurthuizen"]!.AsArray().Single(b => b!["name"]!.GetValue<string>() == buurthuis)!["days"]!.AsArray()
            .SelectMany(d => d!["parts"]!.AsArray()).Where(p => p!["slot"]!.GetValue<string>() == slot)
            .SelectMany(p => p!["activities"]!.AsArray()).Select(a => a!["title"]!.GetValue<string>())];

    [Fact]
    public async Task The_week_agenda_puts_each_activity_on_its_weekday_and_day_part_in_the_weeks_it_happens()
    {
        // 2026-W10 runs from Monday 2 March: Tuesday 3 March is the first Tuesday, Thursday 5 March the repaircafé's first evening.
        var first = await _client.GetObjectAsync("/api/v1/agenda?area=Zuilen&week=2026-W10");
        first["from"]!.GetValue<string>().Should().Be("2026-03-02");
        Titles(first, "Buurtcentrum De Pijler", "di-ochtend").Should().Equal("Huiskamer");
        Titles(first, "Buurtcentrum De Pijler", "di-middag").Should().Equal("Spreekuur sociaal raadslieden");
        Titles(first, "Buurtcentrum De Pijler", "do-avond").Should().Equal("Repaircafé");
        first["buurthuizen"]!.AsArray().Select(b => b!["name"]!.GetValue<string>()).Should().Equal(["Buurtcentrum De Pijler"], "Lombok is another area");

        var second = await _client.GetObjectAsync("/api/v1/agenda?wijk=Noordwest&week=2026-W11");
        Titles(second, "Buurtcentrum De Pijler", "di-middag").Should().BeEmpty("the spreekuur is on the first Tuesday only");
        Titles(second, "Buurtcentrum De Pijler", "do-avond").Should().BeEmpty("the repaircafé is every other week");
        Titles(await _client.GetObjectAsync("/api/v1/agenda?area=Zuilen&week=2026-W12"), "Buurtcentrum De Pijler", "do-avond").Should().Equal("Repaircafé");
        Titles(await _client.GetObjectAsync("/api/v1/agenda?area=Zuilen&week=2026-W28"), "Buurtcentrum De Pijler", "do-avond").Should().BeEmpty("it ends on 30 June");

        var geld = await _client.GetObjectAsync("/api/v1/agenda?area=Zuilen&week=2026-W10&targetGroup=mensen%20met%20geldzorgen");
        Titles(geld, "Buurtcentrum De Pijler", "di-ochtend").Should().BeEmpty();
        Titles(geld, "Buurtcentrum De Pijler", "di-middag").Should().Equal("Spreekuur sociaal raadslieden");
        var open = first["buurthuizen"]![0]!["days"]![1]!["parts"]![0]!;
        open["open"]!.GetValue<bool>().Should().BeTrue("the buurthuis is open on Tuesday mornings");
    }

    [Fact]
    public async Task Bad_agenda_filters_are_named()
    {
        var problem = await (await _client.GetAsync("/api/v1/agenda?area=Atlantis&wijk=Nergens&week=2026-W99")).ShouldBeProblemAsync(400);
        problem.ErrorsFor("area").Should().NotBeEmpty();
        problem.ErrorsFor("wijk").Should().NotBeEmpty();
        problem.ErrorsFor("week").Should().NotBeEmpty();
        (await (await _client.GetAsync("/api/v1/agenda.ics")).ShouldBeProblemAsync(400)).ErrorsFor("buurthuisId").Should().NotBeEmpty();
    }

    [Fact]
    public async Task The_ical_feed_of_a_buurthuis_reads_back_with_one_recurring_event_per_activity()
    {
        var response = await _client.GetAsync($"/api/v1/agenda.ics?buurthuisId={_pijler}");
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;

        calendar.Events.Select(e => e.Uid).Should().BeEquivalentTo([$"{_huiskamer}@bronbank", $"{_raadslieden}@bronbank", $"{_repair}@bronbank"]);
        var monthly = calendar.Events.Single(e => e.Summary == "Spreekuur sociaal raadslieden");
        monthly.RecurrenceRule!.Frequency.Should().Be(Ical.Net.FrequencyType.Monthly);
        monthly.RecurrenceRule.ByDay.Should().ContainSingle().Which.Offset.Should().Be(1);
        monthly.Location.Should().Be("Buurtcentrum De Pijler, Pijlerplein 1");
        monthly.DtStart!.TzId.Should().Be("Europe/Amsterdam");
        monthly.DtStart.Hour.Should().Be(13);

        var repair = calendar.Events.Single(e => e.Summary == "Repaircafé");
        repair.RecurrenceRule!.Interval.Should().Be(2);
        repair.DtStart!.Day.Should().Be(5, "the first evening is 5 March");
        repair.RecurrenceRule.Until.Should().NotBeNull();
        var dates = repair.GetOccurrences(new Ical.Net.DataTypes.CalDateTime(2026, 3, 1)).Take(4).Select(o => o.Period.StartTime.Day).ToList();
        dates.Should().Equal(5, 19, 2, 16);

        (await _client.GetStringAsync("/api/v1/agenda.ics?area=Lombok")).Should().Contain("BEGIN:VCALENDAR").And.NotContain("BEGIN:VEVENT");
    }
}
