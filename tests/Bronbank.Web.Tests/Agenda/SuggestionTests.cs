using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Agenda;

public sealed class SuggestionTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Suggestions_on_a_small_known_agenda_name_what_belongs_together_with_a_dutch_reason()
    {
        var oase = await _client.CreateBuurthuisAsync("Wijkcentrum Oase", extra: new { name = "Wijkcentrum Oase", area = "Lombok", lat = 52.0920, lon = 5.1010, openDayParts = new[] { "di-ochtend", "di-middag", "wo-avond" } });
        var hart = await _client.CreateBuurthuisAsync("Buurthuis Het Hart", extra: new { name = "Buurthuis Het Hart", area = "Lombok", lat = 52.0950, lon = 5.1050 });
        var elders = await _client.CreateBuurthuisAsync("Buurthuis Elders", "Overvecht");
        var huiskamer = await _client.CreateActivityAsync(ActivitySamples.Activity(oase, "Huiskamer", "di", "10:00", "12:00"));
        var gym = await _client.CreateActivityAsync(ActivitySamples.Activity(oase, "Stoelgym", "do", "14:00", "15:00"));
        var koffie = await _client.CreateActivityAsync(ActivitySamples.Activity(hart, "Koffieochtend", "di", "09:30", "11:30"));
        await _client.CreateActivityAsync(ActivitySamples.Activity(elders, "Huiskamer Overvecht", "di", "10:00", "12:00"));

        var suggestions = await (await _client.GetAsync("/api/v1/bouwblokken/suggestions?wijk=West")).ReadArrayAsync();
        string Reason(string kind) => suggestions.Single(s => s!["kind"]!.GetValue<string>() == kind)!["reason"]!.GetValue<string>();

        Reason("same-day-part").Should().Be("Zet ze op hetzelfde dagdeel: Huiskamer en Stoelgym zijn allemaal voor ouderen in Wijkcentrum Oase, maar op di-ochtend, do-middag.");
        suggestions.Single(s => s!["kind"]!.GetValue<string>() == "same-day-part")!["activityIds"]!.AsArray().Select(i => i!.GetValue<Guid>()).Should().Equal(huiskamer, gym);
        Reason("competing").Should().StartWith("Ze concurreren: ").And.Contain("Huiskamer (Wijkcentrum Oase)").And.Contain("Koffieochtend (Buurthuis Het Hart)")
            .And.Contain("voor ouderen op di-ochtend").And.EndWith("0,4 km van elkaar.");
        suggestions.Single(s => s!["kind"]!.GetValue<string>() == "competing")!["activityIds"]!.AsArray().Select(i => i!.GetValue<Guid>()).Should().BeEquivalentTo([huiskamer, koffie]);
        Reason("empty-day-part").Should().Be("Wijkcentrum Oase is open op di-middag, wo-avond, maar dan gebeurt er niets: een plek voor een nieuw bouwblok.");
        suggestions.ToJsonString().Should().NotContain("Overvecht", "another wijk's activities are left out");

        (await (await _client.GetAsync("/api/v1/bouwblokken/suggestions?wijk=Nergens")).ShouldBeProblemAsync(400)).ErrorsFor("wijk").Should().NotBeEmpty();
    }
}
