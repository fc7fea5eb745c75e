using Bronbank.Domain.Matches;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Storage;
using Marten;

namespace Bronbank.Web.Matches;

/// <summary>
/// One match command as one unit of work, for the API and the staff pages: stage it on the request's
/// session, commit once, and — only when it changed a volunteer's capacity, which the index holds — wait
/// until this instance's feed follower has applied it.
/// </summary>
public sealed class MatchService(IDocumentSession session, MatchCommands commands, IChangeFollower follower)
{
    public Task<Outcome<Match>> ProposeAsync(Guid requestId, Guid volunteerId, string? note, string actor, CancellationToken ct) =>
        CommitAsync(commands.ProposeAsync(session, requestId, volunteerId, note, actor, ct), capacityChanges: false, ct);

    public Task<Outcome<Match>> ConfirmAsync(Guid id, string? note, string actor, CancellationToken ct) =>
        CommitAsync(commands.ConfirmAsync(session, id, note, actor, ct), capacityChanges: true, ct);

    public Task<Outcome<Match>> DeclineAsync(Guid id, DeclineReason reason, string? text, string actor, CancellationToken ct) =>
        CommitAsync(commands.DeclineAsync(session, id, reason, text, actor, ct), capacityChanges: false, ct);

    public Task<Outcome<Match>> EndAsync(Guid id, MatchOutcome outcome, string? note, string actor, CancellationToken ct) =>
        CommitAsync(commands.EndAsync(session, id, outcome, note, actor, ct), capacityChanges: true, ct);

    public Task<Outcome<Match>> AddNoteAsync(Guid id, string text, string actor, CancellationToken ct) =>
        CommitAsync(commands.AddNoteAsync(session, id, text, actor, ct), capacityChanges: false, ct);

    public Task<Outcome<Match>> PlanFollowUpAsync(Guid id, DateOnly on, string actor, CancellationToken ct) =>
        CommitAsync(commands.PlanFollowUpAsync(session, id, on, actor, ct), capacityChanges: false, ct);

    public Task<Outcome<Match>> CheckInAsync(Guid id, CheckInState state, string? note, DateOnly? next, string actor, CancellationToken ct) =>
        CommitAsync(commands.CheckInAsync(session, id, state, note, next, actor, ct), capacityChanges: false, ct);

    private async Task<Outcome<Match>> CommitAsync(Task<Outcome<Match>> staged, bool capacityChanges, CancellationToken ct)
    {
        var outcome = await staged;
        if (!outcome.Succeeded) return outcome;
        await session.SaveChangesAsync(ct);
        if (capacityChanges) await follower.CaughtUpAsync(ct);
        return outcome;
    }
}
