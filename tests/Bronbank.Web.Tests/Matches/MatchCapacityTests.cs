using System.Net;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Matches;

public sealed class MatchCapacityTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Confirming_a_match_beyond_capacity_is_a_conflict_and_ending_one_frees_the_place()
    {
        var volunteer = await _client.CreateVolunteerAsync(Samples.Volunteer().With("maxMatches", 1));
        var first = await _client.ProposeAsync(await _client.CreateRequestAsync(), volunteer);
        var secondRequest = await _client.CreateRequestAsync();
        var second = await _client.ProposeAsync(secondRequest, volunteer);
        (await _client.ConfirmAsync(first)).EnsureSuccessStatusCode();

        var problem = await (await _client.ConfirmAsync(second)).ShouldBeProblemAsync(409);
        problem["detail"]!.GetValue<string>().Should().Contain("no free capacity").And.Contain("1 of 1");
        (await _client.StatusOfAsync($"/api/v1/matches/{second}")).Should().Be("proposed", "a refused confirmation changes nothing");
        (await _client.StatusOfAsync($"/api/v1/requests/{secondRequest}")).Should().Be("proposed");

        (await _client.EndAsync(first, "completed")).EnsureSuccessStatusCode();
        (await _client.ConfirmAsync(second)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Proposing_does_not_use_capacity()
    {
        var volunteer = await _client.CreateVolunteerAsync(Samples.Volunteer().With("maxMatches", 1));
        for (var i = 0; i < 3; i++) await _client.ProposeAsync(await _client.CreateRequestAsync(), volunteer);

        var proposed = await (await _client.GetAsync($"/api/v1/matches?status=proposed&volunteerId={volunteer}")).ReadArrayAsync();
        proposed.Should().HaveCount(3);
    }

    [Fact]
    public async Task Two_coordinators_confirming_the_last_free_place_at_once_let_exactly_one_succeed()
    {
        // Several rounds, each a real race of concurrent HTTP requests against PostgreSQL.
        for (var round = 0; round < 5; round++)
        {
            var volunteer = await _client.CreateVolunteerAsync(Samples.Volunteer($"Race {round}").With("maxMatches", 1));
            var matches = new List<Guid>();
            for (var i = 0; i < 4; i++) matches.Add(await _client.ProposeAsync(await _client.CreateRequestAsync(), volunteer));

            var responses = await Task.WhenAll(matches.Select(m => _client.ConfirmAsync(m)));

            responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1, $"round {round}");
            foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
                await refused.ShouldBeProblemAsync(409);
            var active = await (await _client.GetAsync($"/api/v1/matches?status=active&volunteerId={volunteer}")).ReadArrayAsync();
            active.Should().ContainSingle($"round {round}: capacity is one");
        }
    }

    [Fact]
    public async Task Concurrent_commands_on_one_match_apply_once()
    {
        var match = await _client.ProposeAsync(await _client.CreateRequestAsync(), await _client.CreateVolunteerAsync(Samples.Volunteer().With("maxMatches", 5)));

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => i % 2 == 0 ? _client.ConfirmAsync(match) : _client.DeclineAsync(match)));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
        var history = (await _client.GetObjectAsync($"/api/v1/matches/{match}"))["history"]!.AsArray();
        history.Should().HaveCount(2, "one proposal and exactly one decision");
    }
}
