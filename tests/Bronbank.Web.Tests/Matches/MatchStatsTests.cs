using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Matches;

public sealed class MatchStatsTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Stats_count_states_and_declines_on_a_known_data_set()
    {
        var volunteer = await _client.CreateVolunteerAsync(Samples.Volunteer().With("maxMatches", 10));
        var inLombok = await _client.CreateVolunteerAsync(Samples.Volunteer("Lombok", "Lombok").With("maxMatches", 10));

        var active = await _client.ProposeAsync(await _client.CreateRequestAsync(), volunteer);
        (await _client.ConfirmAsync(active)).EnsureSuccessStatusCode();
        var ended = await _client.ProposeAsync(await _client.CreateRequestAsync(), volunteer);
        (await _client.ConfirmAsync(ended)).EnsureSuccessStatusCode();
        (await _client.EndAsync(ended)).EnsureSuccessStatusCode();
        (await _client.DeclineAsync(await _client.ProposeAsync(await _client.CreateRequestAsync(), volunteer), "no-click")).EnsureSuccessStatusCode();
        (await _client.DeclineAsync(await _client.ProposeAsync(await _client.CreateRequestAsync(), volunteer), "no-click")).EnsureSuccessStatusCode();
        (await _client.DeclineAsync(await _client.ProposeAsync(await _client.CreateRequestAsync(), volunteer), "resident-declined")).EnsureSuccessStatusCode();
        await _client.ProposeAsync(await _client.CreateRequestAsync(Samples.Request(neighbourhood: "Lombok")), inLombok);

        var stats = await _client.GetObjectAsync("/api/v1/matches/stats");

        stats["total"]!.GetValue<int>().Should().Be(6);
        stats["byStatus"]!["proposed"]!.GetValue<int>().Should().Be(1);
        stats["byStatus"]!["active"]!.GetValue<int>().Should().Be(1);
        stats["byStatus"]!["ended"]!.GetValue<int>().Should().Be(1);
        stats["byStatus"]!["declined"]!.GetValue<int>().Should().Be(3);
        stats["declinesByReason"]!["no-click"]!.GetValue<int>().Should().Be(2);
        stats["declinesByReason"]!["resident-declined"]!.GetValue<int>().Should().Be(1);
        stats["declinesByReason"]!["volunteer-not-available"]!.GetValue<int>().Should().Be(0);
        // Both confirmations came seconds after their requests were recorded.
        stats["medianDaysToConfirmed"]!.GetValue<double>().Should().BeInRange(0, 0.01);

        var lombok = await _client.GetObjectAsync("/api/v1/matches/stats?neighbourhood=lombok");
        lombok["total"]!.GetValue<int>().Should().Be(1);
        lombok["medianDaysToConfirmed"].Should().BeNull();

        var future = await _client.GetObjectAsync($"/api/v1/matches/stats?from={DateTimeOffset.UtcNow.AddDays(1):yyyy-MM-dd}");
        future["total"]!.GetValue<int>().Should().Be(0);
        await (await _client.GetAsync("/api/v1/matches/stats?from=2026-02-01&to=2026-01-01")).ShouldBeProblemAsync(400);
    }
}
