using Bronbank.Domain.Validation;
using Bronbank.Web.Accounts;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Privacy;
using Bronbank.Web.Requests;
using Bronbank.Web.Visits;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Signals;

public sealed record SignalRequestResponse(SignalResponse Signal, RequestResponse Request);

/// <summary>Signals are read by staff and coordinators only, every read audited; admins get counts, boards nothing.</summary>
public static class SignalApi
{
    public static IEndpointRouteBuilder MapSignalApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/signals").WithTags("Signals").RequireAuthorization(SignalPolicies.Read)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPost("/", Create).Audited("created", "signal").WithName("CreateSignal").WithSummary("Record a worry about a resident (vroegsignalering), with an owner and a follow-up date");
        group.MapGet("/", List).Audited("listed", "signal").WithName("ListSignals").WithSummary("Open signals, optionally one owner's, optionally only those due");
        group.MapGet("/{id}", Get).Audited("viewed", "signal").WithName("GetSignal").WithSummary("Read one signal");
        group.MapPost("/{id}/notes", AddNote).Audited("noted", "signal").WithName("AddSignalNote").WithSummary("Add a short note (at most 500 characters)");
        group.MapPost("/{id}/close", Close).Audited("closed", "signal").WithName("CloseSignal").WithSummary("Close a signal with its outcome");
        group.MapPost("/{id}/request", MakeRequest).Audited("made-request", "signal").RequireAuthorization(Policies.Coordination)
            .WithName("MakeRequestFromSignal").WithSummary("Turn a signal into a help request in one step (linked both ways; the signal closes as 'hulpvraag gemaakt')");
        routes.MapGet("/api/v1/signals/counts", Counts).Audited("counted", "signal").WithTags("Signals").RequireAuthorization(SignalPolicies.Counts)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("CountSignals").WithSummary("Signals per area, kind and outcome: numbers only (admins see nothing more)");
        return routes;
    }

    public static async Task<Results<Created<SignalResponse>, ValidationProblem, ProblemHttpResult>> Create(
        SignalDraft draft, SignalService signals, IQuerySession session, TimeProvider clock, HttpContext context, CancellationToken ct)
    {
        var outcome = await signals.CreateAsync(draft, context.User.ActorId(), ct);
        if (outcome.Failure is { } failure) return Problems.Validation(failure.Errors!);
        return TypedResults.Created($"/api/v1/signals/{outcome.Value!.Id}", await RespondAsync(outcome.Value, session, clock, ct));
    }

    public static async Task<Results<Ok<List<SignalResponse>>, ValidationProblem>> List(
        IQuerySession session, TimeProvider clock, CancellationToken ct, string? owner = null, bool due = false)
    {
        var errors = new ErrorBag();
        var ownerId = errors.OptionalId("owner", owner);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());
        var today = Today.In(clock);
        IQueryable<Signal> query = session.Query<Signal>().Where(s => s.ClosedAt == null);
        if (ownerId is { } o) query = query.Where(s => s.Owner == o);
        if (due) query = query.Where(s => s.FollowUpOn <= today);
        var found = await query.OrderBy(s => s.FollowUpOn).Take(500).ToListAsync(ct);
        var names = await OwnerNamesAsync(session, found, ct);
        return TypedResults.Ok(found.Select(s => s.AsResponse(names.GetValueOrDefault(s.Owner, "onbekend"), today)).ToList());
    }

    public static async Task<Results<Ok<SignalResponse>, ValidationProblem, ProblemHttpResult>> Get(
        string id, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        var signal = await session.LoadAsync<Signal>(guid, ct);
        if (signal is null) return Problems.NotFound($"No signal with id {guid}.");
        return TypedResults.Ok(await RespondAsync(signal, session, clock, ct));
    }

    public static async Task<Results<Ok<SignalResponse>, ValidationProblem, ProblemHttpResult>> AddNote(
        string id, SignalNoteBody body, SignalService signals, IQuerySession session, TimeProvider clock, HttpContext context, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        var outcome = await signals.AddNoteAsync(guid, body, context.User.ActorId(), ct);
        return await AnswerAsync(outcome, session, clock, ct);
    }

    public static async Task<Results<Ok<SignalResponse>, ValidationProblem, ProblemHttpResult>> Close(
        string id, SignalCloseBody body, SignalService signals, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        return await AnswerAsync(await signals.CloseAsync(guid, body, ct), session, clock, ct);
    }

    public static async Task<Results<Created<SignalRequestResponse>, ValidationProblem, ProblemHttpResult>> MakeRequest(
        string id, SignalRequestBody body, SignalService signals, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        var outcome = await signals.MakeRequestAsync(guid, body, ct);
        if (outcome.Failure is { } failure) return Problems.Failed<Created<SignalRequestResponse>>(failure);
        var (signal, request) = outcome.Value;
        return TypedResults.Created($"/api/v1/requests/{request.Id}", new SignalRequestResponse(await RespondAsync(signal, session, clock, ct), request.AsResponse()));
    }

    public static async Task<Ok<List<SignalCount>>> Counts(IQuerySession session, CancellationToken ct) =>
        TypedResults.Ok(await SignalCounting.CountAsync(session, ct));

    private static async Task<Results<Ok<SignalResponse>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        Outcome<Signal> outcome, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        if (outcome.Failure is { } failure) return Problems.Failed<Ok<SignalResponse>>(failure);
        return TypedResults.Ok(await RespondAsync(outcome.Value!, session, clock, ct));
    }

    private static async Task<SignalResponse> RespondAsync(Signal signal, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
        signal.AsResponse((await OwnerNamesAsync(session, [signal], ct)).GetValueOrDefault(signal.Owner, "onbekend"), Today.In(clock));

    public static async Task<Dictionary<Guid, string>> OwnerNamesAsync(IQuerySession session, IReadOnlyList<Signal> signals, CancellationToken ct)
    {
        var ids = signals.Select(s => s.Owner).Distinct().ToArray();
        if (ids.Length == 0) return [];
        var users = await session.LoadManyAsync<User>(ct, ids);
        return users.ToDictionary(u => u.Id, u => u.Name);
    }
}
