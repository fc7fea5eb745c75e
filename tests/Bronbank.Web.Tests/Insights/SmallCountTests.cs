using Bronbank.Web.Infrastructure.Tables;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Insights;

/// <summary>Issue 18: a count that leaves the app (the insights' CSV and .xlsx) reads "&lt; 5" from one to four, as the wijk report does.</summary>
public sealed class SmallCountTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_insights_downloads_write_counts_of_one_to_four_as_less_than_five_and_others_exactly()
    {
        for (var i = 0; i < 6; i++) await _client.CreateVolunteerAsync(Samples.Volunteer($"Lombokker {i}", "Lombok"));
        for (var i = 0; i < 7; i++) await _client.CreateRequestAsync(Samples.Request("Dhr. heeft schulden en een deurwaarder aan de deur.", "Lombok"));
        for (var i = 0; i < 2; i++) await _client.CreateVolunteerAsync(Samples.Volunteer($"Zuilenaar {i}", "Zuilen"));
        await _client.CreateRequestAsync(Samples.Request("Dhr. heeft schulden en een deurwaarder aan de deur.", "Zuilen"));

        var csv = (await _client.GetStringAsync("/api/v1/insights/areas?format=csv")).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        csv.Should().Contain(l => l.StartsWith("Lombok,West,6,12,7,7,,0.86,geld en schulden (7)", StringComparison.Ordinal), "five and more are exact");
        csv.Should().Contain(l => l.StartsWith("Zuilen,Noordwest,< 5,< 5,< 5,< 5,,,geld en schulden (< 5)", StringComparison.Ordinal),
            "one to four read < 5, and the ratio over one request is left out");
        csv.Should().Contain(l => l.StartsWith("Binnenstad,", StringComparison.Ordinal) && l.Contains(",0,0,0,0,,,", StringComparison.Ordinal), "zero names no one and stays 0");

        var xlsx = XlsxTable.Read(new MemoryStream(await _client.GetByteArrayAsync("/api/v1/insights/areas?format=xlsx")));
        xlsx.Single(r => r[0] == "Zuilen").Skip(2).Take(4).Should().Equal("< 5", "< 5", "< 5", "< 5");
        xlsx.Single(r => r[0] == "Lombok").Skip(2).Take(4).Should().Equal("6", "12", "7", "7");

        // On screen, inside the app, the team sees the exact numbers.
        var json = await _client.GetObjectAsync("/api/v1/insights/areas");
        json["areas"]!.AsArray().Single(a => a!["area"]!.GetValue<string>() == "Zuilen")!["activeVolunteers"]!.GetValue<int>().Should().Be(2);
    }
}
