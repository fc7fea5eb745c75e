using Bronbank.Domain.Matches;
using Bronbank.Domain.Requests;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Infrastructure;
using Marten;
using JasperFx.Events;

namespace Bronbank.Web.Matches;

/// <summary>
/// The match lifecycle: propose, confirm, decline, end, note. Each command is fetch-for-writing → decide →
/// append, staging its events and the capacity and request-status changes they imply on the session it is
/// given; the caller commits once (<see cref="MatchService"/> for one command, erasure for several).
/// </summary>
public sealed class MatchCommands(TimeProvider clock)
{
    public async Task<Outcome<Match>> ProposeAsync(IDocumentSession session, Guid requestId, Guid volunteerId, string? note, string actor, CancellationToken ct)
    {
        var request = await session.LoadAsync<HelpRequest>(requestId, ct);
        if (request is null) return Failure.NotFound("help request", requestId);
        var volunteer = await session.LoadAsync<Volunteer>(volunteerId, ct);
        if (volunteer is null) return Failure.NotFound("volunteer", volunteerId);
        if (request.Status == RequestStatus.Closed) return Conflict("The help request is closed; reopen it before proposing a volunteer.");
        if (!volunteer.Active) return Conflict("The volunteer is paused or has stopped (active is false) and cannot be proposed.");
        if (volunteer.IsPaused) return Conflict($"The volunteer is paused until {volunteer.PausedUntil:yyyy-MM-dd} and cannot be proposed before then.");
        if (volunteer.Consent?.Matching != true) return Conflict("The volunteer has not given consent to be matched (consent.matching is false).");

        var matches = await MatchesOfRequestAsync(session, requestId, ct);
        if (matches.Any(m => m.VolunteerId == volunteerId && m.IsOpen))
            return Conflict("This volunteer already has a proposed or active match for this help request.");

        var proposed = new MatchProposed(Guid.CreateVersion7(), requestId, volunteerId, note, actor, clock.GetUtcNow());
        session.Events.StartStream<Match>(proposed.MatchId, proposed);
        var match = Match.Start(proposed);
        FollowRequest(session, request, [.. matches, match]);
        match.Version = 1;
        return match;
    }

    public async Task<Outcome<Match>> ConfirmAsync(IDocumentSession session, Guid id, string? note, string actor, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Match>(id, ct);
        if (stream.Aggregate is not { } match) return Failure.NotFound("match", id);
        if (match.CannotConfirm() is { } why) return Conflict(why);

        var volunteer = await session.LoadAsync<Volunteer>(match.VolunteerId, ct);
        if (volunteer is null) return Conflict("The volunteer of this match no longer exists.");
        var capacity = await session.LoadAsync<VolunteerCapacity>(match.VolunteerId, ct);
        var isNew = capacity is null;
        capacity ??= new VolunteerCapacity { Id = match.VolunteerId };
        if (capacity.Active.Any(a => a.RequestId == match.RequestId))
            return Conflict("This volunteer already has an active match for this help request.");
        if (capacity.Active.Count >= volunteer.MaxMatches)
            return Conflict($"The volunteer has no free capacity: {capacity.Active.Count} of {volunteer.MaxMatches} matches are active.");

        var confirmed = new MatchConfirmed(note, actor, clock.GetUtcNow());
        stream.AppendOne(confirmed);
        match.On(confirmed);
        capacity.Active.Add(new ActiveMatch(match.Id, match.RequestId));
        capacity.FirstMatchedAt ??= confirmed.At;
        // Insert fails on a concurrent first confirmation, UpdateRevision on any other concurrent one: both are 409.
        if (isNew) session.Insert(capacity);
        else session.UpdateRevision(capacity, capacity.Version + 1);
        await FollowRequestAsync(session, match, ct);
        Staged(match, stream);
        return match;
    }

    public async Task<Outcome<Match>> DeclineAsync(IDocumentSession session, Guid id, DeclineReason reason, string? text, string actor, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Match>(id, ct);
        if (stream.Aggregate is not { } match) return Failure.NotFound("match", id);
        if (match.CannotDecline() is { } why) return Conflict(why);

        var declined = new MatchDeclined(reason, text, actor, clock.GetUtcNow());
        stream.AppendOne(declined);
        match.On(declined);
        await FollowRequestAsync(session, match, ct);
        Staged(match, stream);
        return match;
    }

    public async Task<Outcome<Match>> EndAsync(IDocumentSession session, Guid id, MatchOutcome outcome, string? note, string actor, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Match>(id, ct);
        if (stream.Aggregate is not { } match) return Failure.NotFound("match", id);
        if (match.CannotEnd() is { } why) return Conflict(why);

        var ended = new MatchEnded(outcome, note, actor, clock.GetUtcNow());
        stream.AppendOne(ended);
        match.On(ended);
        var capacity = await session.LoadAsync<VolunteerCapacity>(match.VolunteerId, ct);
        if (capacity is not null)
        {
            capacity.Active.RemoveAll(a => a.MatchId == id);
            session.UpdateRevision(capacity, capacity.Version + 1);
        }
        await FollowRequestAsync(session, match, ct);
        Staged(match, stream);
        return match;
    }

    public async Task<Outcome<Match>> AddNoteAsync(IDocumentSession session, Guid id, string text, string actor, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Match>(id, ct);
        if (stream.Aggregate is not { } match) return Failure.NotFound("match", id);
        stream.AppendOne(new MatchNoteAdded(text, actor, clock.GetUtcNow()));
        Staged(match, stream);
        return match;
    }

    /// <summary>Sets the date to ask how an active match is going.</summary>
    public async Task<Outcome<Match>> PlanFollowUpAsync(IDocumentSession session, Guid id, DateOnly on, string actor, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Match>(id, ct);
        if (stream.Aggregate is not { } match) return Failure.NotFound("match", id);
        if (match.CannotFollowUp() is { } why) return Conflict(why);
        var planned = new MatchFollowUpPlanned(on, actor, clock.GetUtcNow());
        stream.AppendOne(planned);
        match.On(planned);
        Staged(match, stream);
        return match;
    }

    /// <summary>Records how it goes and plans the next follow-up (by default after <see cref="Match.NextFollowUp"/>).</summary>
    public async Task<Outcome<Match>> CheckInAsync(IDocumentSession session, Guid id, CheckInState state, string? note, DateOnly? next, string actor, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Match>(id, ct);
        if (stream.Aggregate is not { } match) return Failure.NotFound("match", id);
        if (match.CannotFollowUp() is { } why) return Conflict(why);
        var now = clock.GetUtcNow();
        var checkedIn = new MatchCheckedIn(state, note, next ?? Match.NextFollowUp(state, DateOnly.FromDateTime(now.UtcDateTime)), actor, now);
        stream.AppendOne(checkedIn);
        match.On(checkedIn);
        Staged(match, stream);
        return match;
    }

    /// <summary>
    /// Erasure: closes every open match of a volunteer (active ones end, proposed ones are declined) and
    /// masks the free text in every event of their matches. Capacity is left to the caller, who deletes it.
    /// </summary>
    public async Task EraseVolunteerAsync(IDocumentSession session, Guid volunteerId, string actor, CancellationToken ct)
    {
        var theirs = await session.Query<Match>().Where(m => m.VolunteerId == volunteerId).ToListAsync(ct);
        foreach (var open in theirs.Where(m => m.IsOpen))
        {
            var stream = await session.Events.FetchForWriting<Match>(open.Id, ct);
            var match = stream.Aggregate!;
            object closing = match.Status == MatchStatus.Active
                ? new MatchEnded(MatchOutcome.VolunteerStopped, null, actor, clock.GetUtcNow())
                : new MatchDeclined(DeclineReason.Other, null, actor, clock.GetUtcNow());
            stream.AppendOne(closing);
            if (closing is MatchEnded ended) match.On(ended);
            else match.On((MatchDeclined)closing);
            await FollowRequestAsync(session, match, ct);
        }
        await MatchMasking.StageAsync(session, theirs.Select(m => m.Id), ct);
    }

    private static Failure Conflict(string detail) => new(FailureKind.Conflict, detail);

    private static async Task<List<Match>> MatchesOfRequestAsync(IDocumentSession session, Guid requestId, CancellationToken ct) =>
        [.. await session.Query<Match>().Where(m => m.RequestId == requestId).ToListAsync(ct)];

    private async Task FollowRequestAsync(IDocumentSession session, Match changed, CancellationToken ct)
    {
        var request = await session.LoadAsync<HelpRequest>(changed.RequestId, ct);
        if (request is null) return;
        var others = (await MatchesOfRequestAsync(session, changed.RequestId, ct)).Where(m => m.Id != changed.Id);
        FollowRequest(session, request, [.. others, changed]);
    }

    private void FollowRequest(IDocumentSession session, HelpRequest request, IReadOnlyCollection<Match> matches)
    {
        var status = RequestStatusRule.Derive(request.Status, matches);
        if (status == request.Status) return;
        request.Status = status;
        request.UpdatedAt = clock.GetUtcNow();
        session.UpdateRevision(request, request.Version + 1);
    }

    private static void Staged(Match match, IEventStream<Match> stream) => match.Version = checked((int)stream.CurrentVersion!.Value);
}
