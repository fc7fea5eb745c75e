using System.Text.Json.Nodes;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Search;

/// <summary>Every write reaches derived data through the change feed, once per instance.</summary>
public sealed class ChangePipelineTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonObject> AppliedAsync() =>
        (await _client.GetObjectAsync("/api/v1/index/status"))["changesApplied"]!.AsObject();

    private static long Of(JsonObject applied, string consumer) => applied[consumer]?.GetValue<long>() ?? 0;

    [Fact]
    public async Task One_volunteer_write_is_applied_to_the_index_once_and_is_searchable_when_it_returns()
    {
        var before = Of(await AppliedAsync(), "volunteers");

        var id = await _client.CreateVolunteerAsync(Samples.Volunteer("Eenmalig").With("passions", new[] { "klokkenluiden" }));

        var found = (await _client.GetObjectAsync("/api/v1/volunteers/search?q=klokkenluiden"))["candidates"]!.AsArray();
        found.Select(c => c!["volunteerId"]!.GetValue<Guid>()).Should().Contain(id, "the write waited for the feed follower");
        // Several poll rounds and the NOTIFY later, the same change must not have been applied a second time.
        await Task.Delay(1500);
        Of(await AppliedAsync(), "volunteers").Should().Be(before + 1);
    }

    [Fact]
    public async Task Proposing_and_declining_a_match_do_not_touch_the_index_while_request_writes_reach_the_request_cache()
    {
        var volunteer = await _client.CreateVolunteerAsync(Samples.Volunteer("Voorgesteld"));
        var before = await AppliedAsync();

        var request = await _client.CreateRequestAsync(Samples.Request("Iemand om samen boodschappen te doen."));
        var match = await _client.ProposeAsync(request, volunteer);
        (await _client.DeclineAsync(match)).EnsureSuccessStatusCode();

        await Task.Delay(1500);
        var after = await AppliedAsync();
        Of(after, "volunteers").Should().Be(Of(before, "volunteers"), "proposing and declining change no capacity");
        Of(after, "requests").Should().BeGreaterThan(Of(before, "requests"), "the request's changes reach the request cache");
    }
}
