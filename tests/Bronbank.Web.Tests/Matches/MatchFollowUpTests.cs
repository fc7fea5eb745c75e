using System.Net;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Matches;

/// <summary>After a match: a follow-up date four weeks after confirming, editable, and check-ins that plan the next one.</summary>
public sealed class MatchFollowUpTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<Guid> ActiveMatchAsync()
    {
        var match = await _client.ProposeAsync(await _client.CreateRequestAsync(), await _client.CreateVolunteerAsync());
        (await _client.ConfirmAsync(match)).EnsureSuccessStatusCode();
        return match;
    }

    [Fact]
    public async Task Confirming_plans_the_follow_up_four_weeks_later_and_the_coordinator_can_move_it()
    {
        var match = await ActiveMatchAsync();
        (await _client.GetObjectAsync($"/api/v1/matches/{match}"))["followUpOn"]!.GetValue<string>().Should().Be(Today.AddDays(28).ToString("yyyy-MM-dd"));

        var moved = await _client.PostJsonAsync($"/api/v1/matches/{match}/follow-up", new { on = Today.AddDays(3).ToString("yyyy-MM-dd") });
        moved.StatusCode.Should().Be(HttpStatusCode.OK);
        (await moved.ReadObjectAsync())["followUpOn"]!.GetValue<string>().Should().Be(Today.AddDays(3).ToString("yyyy-MM-dd"));
        var history = (await _client.GetObjectAsync($"/api/v1/matches/{match}"))["history"]!.AsArray();
        history.Select(h => h!["type"]!.GetValue<string>()).Should().Equal("proposed", "confirmed", "follow-up-planned");
    }

    [Fact]
    public async Task A_check_in_records_how_it_goes_and_plans_the_next_follow_up_by_what_it_says()
    {
        var match = await ActiveMatchAsync();
        var notWell = await (await _client.PostJsonAsync($"/api/v1/matches/{match}/check-ins", new { state = "not-going-well", note = "Klikt nog niet." })).ReadObjectAsync();
        notWell["lastCheckIn"]!.GetValue<string>().Should().Be("not-going-well");
        notWell["followUpOn"]!.GetValue<string>().Should().Be(Today.AddDays(7).ToString("yyyy-MM-dd"), "when it does not go well, ask again in a week");

        var chosen = await (await _client.PostJsonAsync($"/api/v1/matches/{match}/check-ins", new { state = "going-well", nextFollowUp = Today.AddDays(60).ToString("yyyy-MM-dd") })).ReadObjectAsync();
        chosen["followUpOn"]!.GetValue<string>().Should().Be(Today.AddDays(60).ToString("yyyy-MM-dd"));
    }

    [Fact]
    public async Task Follow_ups_are_refused_by_field_or_by_state_and_ending_clears_the_follow_up()
    {
        var proposed = await _client.ProposeAsync(await _client.CreateRequestAsync(), await _client.CreateVolunteerAsync());
        (await (await _client.PostJsonAsync($"/api/v1/matches/{proposed}/check-ins", new { state = "going-well" })).ShouldBeProblemAsync(409))["detail"]!
            .GetValue<string>().Should().Contain("active");
        var match = await ActiveMatchAsync();
        (await (await _client.PostJsonAsync($"/api/v1/matches/{match}/check-ins", new { state = "fine" })).ShouldBeProblemAsync(400)).ErrorsFor("state").Should().NotBeEmpty();
        (await (await _client.PostJsonAsync($"/api/v1/matches/{match}/follow-up", new { })).ShouldBeProblemAsync(400)).ErrorsFor("on").Should().NotBeEmpty();

        (await _client.EndAsync(match, "completed")).EnsureSuccessStatusCode();
        (await _client.GetObjectAsync($"/api/v1/matches/{match}"))["followUpOn"].Should().BeNull();
    }
}
