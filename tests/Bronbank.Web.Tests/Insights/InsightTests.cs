using System.Globalization;
using Bronbank.Web.Tests.Infrastructure;
using Bronbank.Web.Tests.Privacy;

namespace Bronbank.Web.Tests.Insights;

public sealed class AreaInsightTests(RetentionFactory factory) : IClassFixture<RetentionFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Area_figures_on_a_known_data_set_are_exact_and_the_map_has_a_circle_per_area()
    {
        Task<Guid> Volunteer(string area, int max, bool active = true, bool consent = true) => _client.CreateVolunteerAsync(Samples.Volunteer($"V {area} {max}", area)
            .With("maxMatches", max).With("active", active).With("consent", new { matching = consent, boards = true }));
        var a = await Volunteer("Zuilen", 2);
        await Volunteer("Zuilen", 1);
        await Volunteer("Zuilen", 3, active: false);
        await Volunteer("Lombok", 1);
        await Volunteer("Lombok", 4, consent: false);
        var matched = await _client.CreateRequestAsync(Samples.Request("Mw. zoekt iemand om mee te wandelen.", "Zuilen"));
        var proposed = await _client.CreateRequestAsync(Samples.Request("Dhr. heeft schulden en een deurwaarder aan de deur.", "Zuilen"));
        await _client.CreateRequestAsync(Samples.Request("Mw. kan niet meer zelf naar de supermarkt.", "Zuilen"));
        await _client.CreateRequestAsync(Samples.Request("Dhr. wil hulp bij de boodschappen.", "Lombok").With("status", "closed"));
        (await _client.ConfirmAsync(await _client.ProposeAsync(matched, a))).EnsureSuccessStatusCode();
        await _client.ProposeAsync(proposed, a);

        var insights = await _client.GetObjectAsync("/api/v1/insights/areas");
        var zuilen = insights["areas"]!.AsArray().Single(x => x!["area"]!.GetValue<string>() == "Zuilen")!;
        zuilen["activeVolunteers"]!.GetValue<int>().Should().Be(2);
        zuilen["freeCapacity"]!.GetValue<int>().Should().Be(2);
        zuilen["requests"]!.GetValue<int>().Should().Be(3);
        zuilen["unmet"]!.GetValue<int>().Should().Be(2);
        zuilen["medianDaysToMatch"]!.GetValue<double>().Should().Be(0);
        zuilen["supplyDemandRatio"]!.GetValue<double>().Should().Be(0.67);
        zuilen["topUnmetThemes"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).Should().BeEquivalentTo(["geld en schulden", "boodschappen"]);
        var lombok = insights["areas"]!.AsArray().Single(x => x!["area"]!.GetValue<string>() == "Lombok")!;
        lombok["activeVolunteers"]!.GetValue<int>().Should().Be(1, "a volunteer without consent for matching is not supply");
        lombok["unmet"]!.GetValue<int>().Should().Be(0, "a request closed by hand is not waiting");
        lombok["supplyDemandRatio"]!.GetValue<double>().Should().Be(1);
        insights["areas"]!.AsArray()[0]!["area"]!.GetValue<string>().Should().Be("Zuilen", "the area with most unmet requests comes first");

        var csv = await _client.GetStringAsync("/api/v1/insights/areas?format=csv");
        csv.Split('\n')[0].Should().StartWith("gebied,wijk,vrijwilligers");
        // A download leaves the app: small counts read "< 5", a median or ratio over fewer than five is left out (SmallCountTests).
        csv.Should().Contain("Zuilen,Noordwest,< 5,< 5,< 5,< 5,,,\"boodschappen (< 5), geld en schulden (< 5)\"");
        var xlsx = await _client.GetByteArrayAsync("/api/v1/insights/areas?format=xlsx");
        Bronbank.Web.Infrastructure.Tables.XlsxTable.Read(new MemoryStream(xlsx)).Should().Contain(r => r[0] == "Zuilen" && r[4] == "< 5");

        var page = await _client.GetStringAsync("/inzichten");
        System.Text.RegularExpressions.Regex.Matches(page, "<g class=\"area").Count.Should().Be(24, "a circle per area, also one with nothing (BlindSpotTests)");
        page.Should().Contain("data-area=\"Zuilen\"").And.Contain("data-area=\"Lombok\"");
    }
}

public sealed class ThemeInsightTests(RetentionFactory factory) : IClassFixture<RetentionFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_theme_that_doubles_its_recent_average_by_three_or_more_is_rising()
    {
        async Task At(int daysAgo, string question, int times)
        {
            factory.Clock.Offset = TimeSpan.FromDays(-daysAgo);
            for (var i = 0; i < times; i++) await _client.CreateRequestAsync(Samples.Request(question));
        }
        var now = DateTimeOffset.UtcNow;
        // The first of the month, so "this month" is never in the future (on the 2nd, the 15th would be).
        var thisMonth = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        int DaysAgo(int months) => (int)(now - thisMonth.AddMonths(-months)).TotalDays;
        await At(DaysAgo(3), "Mw. begrijpt de brieven van de gemeente niet.", 1);
        await At(DaysAgo(2), "Mw. begrijpt de brieven van de gemeente niet.", 1);
        await At(DaysAgo(1), "Mw. begrijpt de brieven van de gemeente niet.", 1);
        await At(DaysAgo(1), "Dhr. kan niet meer naar de supermarkt.", 2);
        await At(DaysAgo(0), "Mw. begrijpt de brieven van de gemeente niet.", 5);
        await At(DaysAgo(0), "Dhr. kan niet meer naar de supermarkt.", 3);
        factory.Clock.Offset = TimeSpan.Zero;

        var from = thisMonth.AddMonths(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var themes = await _client.GetObjectAsync($"/api/v1/insights/themes?from={from}");

        themes["months"]!.AsArray().Should().HaveCount(4);
        var forms = themes["themes"]!.AsArray().Single(t => t!["theme"]!.GetValue<string>() == "formulieren en post")!;
        forms["latest"]!.GetValue<int>().Should().Be(5);
        forms["usual"]!.GetValue<double>().Should().Be(1);
        forms["rising"]!.GetValue<bool>().Should().BeTrue();
        forms["explanation"]!.GetValue<string>().Should().Be("formulieren en post: 5 deze maand, gewoonlijk 1");
        var shopping = themes["themes"]!.AsArray().Single(t => t!["theme"]!.GetValue<string>() == "boodschappen")!;
        shopping["latest"]!.GetValue<int>().Should().Be(3);
        shopping["rising"]!.GetValue<bool>().Should().BeFalse("3 is not three more than its usual 0.7");
    }
}
