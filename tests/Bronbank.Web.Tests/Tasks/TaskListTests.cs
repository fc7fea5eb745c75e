using Bronbank.Web.Tasks;
using Bronbank.Web.Tests.Infrastructure;
using Bronbank.Web.Tests.Privacy;
using Bronbank.Web.Volunteers;
using Microsoft.Extensions.DependencyInjection;

namespace Bronbank.Web.Tests.Tasks;

public sealed class TaskClockFactory : RetentionFactoryBase;

/// <summary>"Te doen" and pauses over time: what is due shows up when its day comes, with a link to where it is handled.</summary>
public sealed class TaskListTests(TaskClockFactory factory) : IClassFixture<TaskClockFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<TaskGroups> TasksAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TaskList>().LoadAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Waiting_requests_unanswered_proposals_due_follow_ups_and_waiting_volunteers_appear_when_their_day_comes()
    {
        factory.Clock.Offset = TimeSpan.Zero;
        var waitingRequest = await _client.CreateRequestAsync(Samples.Request("Dhr. (81) zoekt iemand die zijn dakgoot schoonmaakt."));
        var proposed = await _client.ProposeAsync(await _client.CreateRequestAsync(), await _client.CreateVolunteerAsync(Samples.Volunteer("Piet Voorgesteld")));
        var active = await _client.ProposeAsync(await _client.CreateRequestAsync(), await _client.CreateVolunteerAsync(Samples.Volunteer("Anna Actief")));
        (await _client.ConfirmAsync(active)).EnsureSuccessStatusCode();
        var waiting = await _client.CreateVolunteerAsync(Samples.Volunteer("Wim Wachtend"));

        var now = await TasksAsync();
        now.WaitingRequests.Should().NotContain(t => t.Href.EndsWith(waitingRequest.ToString(), StringComparison.Ordinal));
        now.UnansweredProposals.Should().NotContain(t => t.Href.EndsWith(proposed.ToString(), StringComparison.Ordinal));
        now.FollowUps.Should().NotContain(t => t.Href.Contains(active.ToString(), StringComparison.Ordinal));

        factory.Clock.Offset = TimeSpan.FromDays(8);
        var week = await TasksAsync();
        week.WaitingRequests.Should().ContainSingle(t => t.Href == $"/hulpvragen/{waitingRequest}").Which.Text.Should().Contain("dakgoot");
        week.UnansweredProposals.Should().ContainSingle(t => t.Href == $"/koppelingen/{proposed}").Which.Text.Should().Contain("Piet Voorgesteld");
        week.FollowUps.Should().NotContain(t => t.Href.Contains(active.ToString(), StringComparison.Ordinal), "the follow-up is four weeks after confirming");

        factory.Clock.Offset = TimeSpan.FromDays(31);
        var month = await TasksAsync();
        month.FollowUps.Should().ContainSingle(t => t.Href == $"/koppelingen/{active}#navragen").Which.Text.Should().Contain("Anna Actief");
        month.WaitingVolunteers.Should().ContainSingle(t => t.Href == $"/vrijwilligers/{waiting}").Which.Text.Should().Contain("Wim Wachtend");
        month.WaitingVolunteers.Should().NotContain(t => t.Text.Contains("Anna Actief", StringComparison.Ordinal), "she has had a match");

        (await _client.PostJsonAsync($"/api/v1/matches/{active}/check-ins", new { state = "going-well" })).EnsureSuccessStatusCode();
        (await TasksAsync()).FollowUps.Should().NotContain(t => t.Href.Contains(active.ToString(), StringComparison.Ordinal), "a check-in plans the next follow-up");
        factory.Clock.Offset = TimeSpan.Zero;
    }

    [Fact]
    public async Task A_pause_ends_on_its_date_and_the_volunteer_is_a_candidate_again()
    {
        factory.Clock.Offset = TimeSpan.Zero;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var paused = await _client.CreateVolunteerAsync(Samples.Volunteer("Paula Pauze").With("passions", new[] { "harp spelen" }).With("pausedUntil", today.AddDays(10).ToString("yyyy-MM-dd")));
        var request = await _client.CreateRequestAsync(Samples.Request("Mevrouw (88) mist muziek, wie komt er harp spelen?"));
        async Task<bool> IsCandidateAsync() => (await _client.GetObjectAsync($"/api/v1/requests/{request}/candidates"))["candidates"]!.AsArray()
            .Any(c => c!["volunteerId"]!.GetValue<Guid>() == paused);

        (await IsCandidateAsync()).Should().BeFalse();
        await using (var scope = factory.Services.CreateAsyncScope()) await scope.ServiceProvider.GetRequiredService<PauseEnds>().ApplyAsync(CancellationToken.None);
        (await _client.GetObjectAsync($"/api/v1/volunteers/{paused}"))["pausedUntil"]!.GetValue<string>().Should().Be(today.AddDays(10).ToString("yyyy-MM-dd"), "not yet");

        factory.Clock.Offset = TimeSpan.FromDays(10);
        await using (var scope = factory.Services.CreateAsyncScope()) await scope.ServiceProvider.GetRequiredService<PauseEnds>().ApplyAsync(CancellationToken.None);
        (await _client.GetObjectAsync($"/api/v1/volunteers/{paused}"))["pausedUntil"].Should().BeNull();
        (await IsCandidateAsync()).Should().BeTrue("from the pause date on the volunteer is available again");
        factory.Clock.Offset = TimeSpan.Zero;
    }
}
