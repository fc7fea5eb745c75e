using System.Net;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Matches;

public sealed class MatchLifecycleTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Proposing_a_volunteer_without_matching_consent_is_a_conflict_and_changes_nothing()
    {
        var volunteer = await _client.CreateVolunteerAsync(Samples.Volunteer().With("consent", new { matching = false, boards = true }));
        var request = await _client.CreateRequestAsync();

        var refused = await (await _client.PostJsonAsync("/api/v1/matches", new { requestId = request, volunteerId = volunteer })).ShouldBeProblemAsync(409);

        refused["detail"]!.GetValue<string>().Should().Contain("consent");
        (await (await _client.GetAsync($"/api/v1/volunteers/{volunteer}/matches")).ReadArrayAsync()).Should().BeEmpty();
        (await _client.StatusOfAsync($"/api/v1/requests/{request}")).Should().Be("open");
    }

    [Fact]
    public async Task A_match_goes_from_proposed_to_active_to_ended_and_the_request_follows()
    {
        var volunteer = await _client.CreateVolunteerAsync();
        var request = await _client.CreateRequestAsync();

        var proposed = await _client.PostJsonAsync("/api/v1/matches", new { requestId = request, volunteerId = volunteer });
        proposed.StatusCode.Should().Be(HttpStatusCode.Created);
        var match = (await proposed.ReadObjectAsync())["id"]!.GetValue<Guid>();
        proposed.Headers.Location!.ToString().Should().Be($"/api/v1/matches/{match}");
        (await _client.StatusOfAsync($"/api/v1/matches/{match}")).Should().Be("proposed");
        (await _client.StatusOfAsync($"/api/v1/requests/{request}")).Should().Be("proposed");

        var confirmed = await (await _client.ConfirmAsync(match)).ReadObjectAsync();
        confirmed["status"]!.GetValue<string>().Should().Be("active");
        confirmed["confirmedAt"].Should().NotBeNull();
        (await _client.StatusOfAsync($"/api/v1/requests/{request}")).Should().Be("matched");

        var ended = await (await _client.EndAsync(match, "completed")).ReadObjectAsync();
        ended["status"]!.GetValue<string>().Should().Be("ended");
        ended["outcome"]!.GetValue<string>().Should().Be("completed");
        (await _client.StatusOfAsync($"/api/v1/requests/{request}")).Should().Be("closed");
    }

    [Fact]
    public async Task The_history_lists_every_event_in_order_with_who_and_when()
    {
        var (anna, annaId) = await factory.ClientAsAsync([Roles.Coordinator]);
        var (bram, bramId) = await factory.ClientAsAsync([Roles.Coordinator]);
        var match = await anna.ProposeAsync(await anna.CreateRequestAsync(), await _client.CreateVolunteerAsync());
        (await bram.ConfirmAsync(match)).EnsureSuccessStatusCode();
        (await _client.PostJsonAsync($"/api/v1/matches/{match}/notes", new { text = "eerste bezoek ging goed" })).EnsureSuccessStatusCode();
        (await _client.EndAsync(match, "stopped-early")).EnsureSuccessStatusCode();

        var body = await _client.GetObjectAsync($"/api/v1/matches/{match}");
        var history = body["history"]!.AsArray();
        history.Select(h => h!["type"]!.GetValue<string>()).Should().Equal("proposed", "confirmed", "note-added", "ended");
        history.Select(h => h!["version"]!.GetValue<int>()).Should().BeInAscendingOrder();
        history[0]!["actor"]!.GetValue<string>().Should().Be(annaId.ToString(), "the actor is the signed-in user's id, not a name");
        history[1]!["actor"]!.GetValue<string>().Should().Be(bramId.ToString());
        history[2]!["actor"]!.GetValue<string>().Should().Be("bootstrap-key");
        history[2]!["note"]!.GetValue<string>().Should().Be("eerste bezoek ging goed");
        history[3]!["outcome"]!.GetValue<string>().Should().Be("stopped-early");
        history.Select(h => h!["at"]!.GetValue<DateTimeOffset>()).Should().BeInAscendingOrder();
        body["version"]!.GetValue<int>().Should().Be(4);
    }

    [Fact]
    public async Task Declining_records_the_reason_and_reopens_the_request()
    {
        var request = await _client.CreateRequestAsync();
        var match = await _client.ProposeAsync(request, await _client.CreateVolunteerAsync());

        var declined = await (await _client.DeclineAsync(match, "resident-declined")).ReadObjectAsync();

        declined["status"]!.GetValue<string>().Should().Be("declined");
        declined["declineReason"]!.GetValue<string>().Should().Be("resident-declined");
        (await _client.StatusOfAsync($"/api/v1/requests/{request}")).Should().Be("open");
    }

    [Fact]
    public async Task When_the_volunteer_stops_the_request_opens_again_for_someone_else()
    {
        var request = await _client.CreateRequestAsync();
        var match = await _client.ProposeAsync(request, await _client.CreateVolunteerAsync());
        (await _client.ConfirmAsync(match)).EnsureSuccessStatusCode();

        (await _client.EndAsync(match, "volunteer-stopped")).EnsureSuccessStatusCode();

        (await _client.StatusOfAsync($"/api/v1/requests/{request}")).Should().Be("open");
    }

    public static TheoryData<string, string, string> IllegalTransitions => new()
    {
        { "decline", "confirm", "A declined match cannot be confirmed" },
        { "decline", "end", "A declined match cannot be ended" },
        { "decline", "decline", "already declined" },
        { "none", "end", "A proposed match cannot be ended; decline it instead" },
        { "confirm", "confirm", "already confirmed" },
        { "confirm", "decline", "An active match cannot be declined" },
        { "end", "confirm", "An ended match cannot be confirmed" },
        { "end", "end", "already ended" },
    };

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public async Task An_illegal_transition_is_409_with_the_reason_and_changes_nothing(string first, string then, string reason)
    {
        var match = await _client.ProposeAsync(await _client.CreateRequestAsync(), await _client.CreateVolunteerAsync());
        if (first is "confirm" or "end") (await _client.ConfirmAsync(match)).EnsureSuccessStatusCode();
        if (first == "end") (await _client.EndAsync(match)).EnsureSuccessStatusCode();
        if (first == "decline") (await _client.DeclineAsync(match)).EnsureSuccessStatusCode();
        var before = await _client.GetObjectAsync($"/api/v1/matches/{match}");

        var response = then switch
        {
            "confirm" => await _client.ConfirmAsync(match),
            "decline" => await _client.DeclineAsync(match),
            _ => await _client.EndAsync(match),
        };

        var problem = await response.ShouldBeProblemAsync(409);
        problem["detail"]!.GetValue<string>().Should().Contain(reason);
        (await _client.GetObjectAsync($"/api/v1/matches/{match}")).ToJsonString().Should().Be(before.ToJsonString());
    }

    [Fact]
    public async Task A_second_open_match_for_the_same_request_and_volunteer_is_409()
    {
        var request = await _client.CreateRequestAsync();
        var volunteer = await _client.CreateVolunteerAsync();
        await _client.ProposeAsync(request, volunteer);

        var problem = await (await _client.PostJsonAsync("/api/v1/matches", new { requestId = request, volunteerId = volunteer })).ShouldBeProblemAsync(409);
        problem["detail"]!.GetValue<string>().Should().Contain("already has a proposed or active match");
    }

    [Fact]
    public async Task Proposing_for_a_closed_request_or_a_paused_volunteer_is_409()
    {
        var closed = await _client.CreateRequestAsync(Samples.Request().With("status", "closed"));
        var paused = await _client.CreateVolunteerAsync(Samples.Volunteer().With("active", false));

        (await (await _client.PostJsonAsync("/api/v1/matches", new { requestId = closed, volunteerId = await _client.CreateVolunteerAsync() }))
            .ShouldBeProblemAsync(409))["detail"]!.GetValue<string>().Should().Contain("closed");
        (await (await _client.PostJsonAsync("/api/v1/matches", new { requestId = await _client.CreateRequestAsync(), volunteerId = paused }))
            .ShouldBeProblemAsync(409))["detail"]!.GetValue<string>().Should().Contain("paused");
    }

    [Fact]
    public async Task Bad_input_names_the_field_and_unknown_ids_are_404()
    {
        var problem = await (await _client.PostJsonAsync("/api/v1/matches", new { requestId = "x" })).ShouldBeProblemAsync(400);
        problem.ErrorsFor("requestId").Should().ContainSingle().Which.Should().Contain("GUID");
        problem.ErrorsFor("volunteerId").Should().ContainSingle().Which.Should().Be("Required.");

        var match = await _client.ProposeAsync(await _client.CreateRequestAsync(), await _client.CreateVolunteerAsync());
        (await (await _client.PostJsonAsync($"/api/v1/matches/{match}/decline", new { reason = "weet niet" })).ShouldBeProblemAsync(400))
            .ErrorsFor("reason").Single().Should().Contain("volunteer-not-available");
        (await (await _client.PostJsonAsync($"/api/v1/matches/{match}/end", new { })).ShouldBeProblemAsync(400))
            .ErrorsFor("outcome").Should().NotBeEmpty();

        await (await _client.PostJsonAsync("/api/v1/matches", new { requestId = Guid.NewGuid(), volunteerId = Guid.NewGuid() })).ShouldBeProblemAsync(404);
        await (await _client.ConfirmAsync(Guid.NewGuid())).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task Every_command_needs_a_signed_in_coordinator()
    {
        await (await factory.CreateAnonymousClient().PostJsonAsync("/api/v1/matches", new { requestId = Guid.NewGuid(), volunteerId = Guid.NewGuid() }))
            .ShouldBeProblemAsync(401);
        var (board, _) = await factory.ClientAsAsync([Roles.Board], ["De Boog"]);
        await (await board.PostJsonAsync("/api/v1/matches", new { requestId = Guid.NewGuid(), volunteerId = Guid.NewGuid() }))
            .ShouldBeProblemAsync(403);
    }

    [Fact]
    public async Task Matches_are_listed_by_status_volunteer_and_request()
    {
        var volunteer = await _client.CreateVolunteerAsync(Samples.Volunteer().With("maxMatches", 3));
        var requests = new[] { await _client.CreateRequestAsync(), await _client.CreateRequestAsync() };
        var first = await _client.ProposeAsync(requests[0], volunteer);
        await _client.ProposeAsync(requests[1], volunteer);
        (await _client.ConfirmAsync(first)).EnsureSuccessStatusCode();

        var ofVolunteer = (await (await _client.GetAsync($"/api/v1/volunteers/{volunteer}/matches")).ReadArrayAsync());
        ofVolunteer.Should().HaveCount(2);
        (await (await _client.GetAsync($"/api/v1/requests/{requests[0]}/matches")).ReadArrayAsync()).Should().ContainSingle();
        var active = await (await _client.GetAsync($"/api/v1/matches?status=active&volunteerId={volunteer}")).ReadArrayAsync();
        active.Select(m => m!["id"]!.GetValue<Guid>()).Should().Equal(first);
        await (await _client.GetAsync("/api/v1/matches?status=lost")).ShouldBeProblemAsync(400);
    }
}
