using Bronbank.Domain.Matches;
using Bronbank.Domain.Validation;
using Bronbank.Web.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Matches;

/// <summary>The engine suggests; a person decides. Matches record every decision with who and when.</summary>
public static class MatchApi
{
    public static RouteGroupBuilder MapMatches(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/matches").WithTags("Matches").RequireAuthorization(Policies.Coordination)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/", Propose).Audited("proposed", "match").WithName("ProposeMatch").WithSummary("Propose a volunteer for a help request");
        group.MapGet("/", MatchQueries.List).WithName("ListMatches").WithSummary("List matches by status, volunteer or request");
        group.MapGet("/stats", MatchQueries.Stats).WithName("MatchStats").WithSummary("Counts per state, median days to a match, declines by reason");
        group.MapGet("/{id}", MatchQueries.Get).Audited("viewed", "match").WithName("GetMatch").WithSummary("A match's current state and its history");
        group.MapPost("/{id}/confirm", Confirm).Audited("confirmed", "match").WithName("ConfirmMatch").WithSummary("Confirm: volunteer and resident both agreed; uses one unit of capacity");
        group.MapPost("/{id}/decline", Decline).Audited("declined", "match").WithName("DeclineMatch").WithSummary("Decline a proposed match, with a reason");
        group.MapPost("/{id}/end", End).Audited("ended", "match").WithName("EndMatch").WithSummary("End an active match with an outcome; frees the capacity");
        group.MapPost("/{id}/follow-up", PlanFollowUp).Audited("updated", "match").WithName("PlanMatchFollowUp").WithSummary("Set when to ask how an active match is going (four weeks after confirming by default)");
        group.MapPost("/{id}/check-ins", CheckIn).Audited("noted", "match").WithName("CheckInMatch").WithSummary("Record how an active match is going (going-well, not-going-well, stopped) and plan the next follow-up");
        group.MapPost("/{id}/notes", AddNote).Audited("noted", "match").WithName("AddMatchNote").WithSummary("Add a note to a match's history");

        routes.MapGet("/api/v1/volunteers/{id}/matches", MatchQueries.OfVolunteer).WithTags("Matches").RequireAuthorization(Policies.ProfilesRead).WithName("VolunteerMatches")
            .WithSummary("The matches of one volunteer");
        routes.MapGet("/api/v1/requests/{id}/matches", MatchQueries.OfRequest).WithTags("Matches").RequireAuthorization(Policies.Coordination).WithName("RequestMatches")
            .WithSummary("The matches of one help request");
        return group;
    }

    public static async Task<Results<Created<MatchResponse>, ValidationProblem, ProblemHttpResult>> Propose(
        ProposeMatch body, MatchService matches, HttpContext context, CancellationToken ct)
    {
        var errors = new ErrorBag();
        var requestId = errors.Id("requestId", body.RequestId);
        var volunteerId = errors.Id("volunteerId", body.VolunteerId);
        errors.Text("note", body.Note, required: false, 2000);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        var outcome = await matches.ProposeAsync(requestId, volunteerId, body.Note?.Trim(), context.User.ActorId(), ct);
        if (outcome.Failure is { } failure) return Problems.State(failure);
        return TypedResults.Created($"/api/v1/matches/{outcome.Value!.Id}", outcome.Value.AsResponse());
    }

    public static Task<Results<Ok<MatchResponse>, ValidationProblem, ProblemHttpResult>> Confirm(
        string id, ConfirmMatch? body, MatchService matches, HttpContext context, CancellationToken ct) =>
        Command(id, context, errors => errors.Text("note", body?.Note, required: false, 2000),
            (guid, actor) => matches.ConfirmAsync(guid, body?.Note?.Trim(), actor, ct));

    public static Task<Results<Ok<MatchResponse>, ValidationProblem, ProblemHttpResult>> Decline(
        string id, DeclineMatch body, MatchService matches, HttpContext context, CancellationToken ct)
    {
        var reason = WireNames.Parse<DeclineReason>(body.Reason);
        return Command(id, context, errors =>
            {
                if (reason is null) errors.Add("reason", $"Required; one of {WireNames.Choices<DeclineReason>()}.");
                errors.Text("text", body.Text, required: reason == DeclineReason.Other, 2000);
            },
            (guid, actor) => matches.DeclineAsync(guid, reason!.Value, body.Text?.Trim(), actor, ct));
    }

    public static Task<Results<Ok<MatchResponse>, ValidationProblem, ProblemHttpResult>> End(
        string id, EndMatch body, MatchService matches, HttpContext context, CancellationToken ct)
    {
        var outcome = WireNames.Parse<MatchOutcome>(body.Outcome);
        return Command(id, context, errors =>
            {
                if (outcome is null) errors.Add("outcome", $"Required; one of {WireNames.Choices<MatchOutcome>()}.");
                errors.Text("note", body.Note, required: false, 2000);
            },
            (guid, actor) => matches.EndAsync(guid, outcome!.Value, body.Note?.Trim(), actor, ct));
    }

    public static Task<Results<Ok<MatchResponse>, ValidationProblem, ProblemHttpResult>> PlanFollowUp(
        string id, PlanFollowUp body, MatchService matches, HttpContext context, CancellationToken ct) =>
        Command(id, context, errors => { if (body.On is null) errors.Add("on", "Required: a date (yyyy-mm-dd)."); },
            (guid, actor) => matches.PlanFollowUpAsync(guid, body.On!.Value, actor, ct));

    public static Task<Results<Ok<MatchResponse>, ValidationProblem, ProblemHttpResult>> CheckIn(
        string id, CheckIn body, MatchService matches, HttpContext context, CancellationToken ct)
    {
        var state = WireNames.Parse<CheckInState>(body.State);
        return Command(id, context, errors =>
            {
                if (state is null) errors.Add("state", $"Required; one of {WireNames.Choices<CheckInState>()}.");
                errors.Text("note", body.Note, required: false, 2000);
            },
            (guid, actor) => matches.CheckInAsync(guid, state!.Value, ErrorBag.NullIfBlank(body.Note), body.NextFollowUp, actor, ct));
    }

    public static Task<Results<Ok<MatchResponse>, ValidationProblem, ProblemHttpResult>> AddNote(
        string id, AddMatchNote body, MatchService matches, HttpContext context, CancellationToken ct) =>
        Command(id, context, errors => errors.Text("text", body.Text, required: true, 2000),
            (guid, actor) => matches.AddNoteAsync(guid, body.Text!.Trim(), actor, ct));

    private static async Task<Results<Ok<MatchResponse>, ValidationProblem, ProblemHttpResult>> Command(
        string id, HttpContext context, Action<ErrorBag> validate, Func<Guid, string, Task<Outcome<Match>>> run)
    {
        var errors = new ErrorBag();
        var guid = errors.Id("id", id);
        validate(errors);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        var outcome = await run(guid, context.User.ActorId());
        return outcome.Failure is { } failure ? Problems.State(failure) : TypedResults.Ok(outcome.Value!.AsResponse());
    }
}
