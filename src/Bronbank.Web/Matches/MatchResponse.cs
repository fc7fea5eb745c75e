using Bronbank.Domain.Matches;
using Bronbank.Domain.Validation;
using JasperFx.Events;

namespace Bronbank.Web.Matches;

public sealed record MatchResponse(
    Guid Id,
    int Version,
    Guid RequestId,
    Guid VolunteerId,
    string Status,
    DateTimeOffset ProposedAt,
    DateTimeOffset? ConfirmedAt,
    DateTimeOffset? ClosedAt,
    string? DeclineReason,
    string? Outcome,
    DateOnly? FollowUpOn,
    string? LastCheckIn,
    IReadOnlyList<MatchHistoryEntry>? History = null);

/// <summary>One event of a match's history, as people read it.</summary>
/// <remarks>A check-in's state is in <c>outcome</c>; the follow-up it or a plan set is in <c>followUpOn</c>.</remarks>
public sealed record MatchHistoryEntry(int Version, string Type, DateTimeOffset At, string Actor, string? Reason, string? Outcome, string? Note)
{
    public DateOnly? FollowUpOn { get; init; }
}

public static class MatchMapping
{
    public static MatchResponse AsResponse(this Match m, IReadOnlyList<IEvent>? events = null) => new(
        m.Id, m.Version, m.RequestId, m.VolunteerId, m.Status.ToWire(), m.ProposedAt, m.ConfirmedAt, m.ClosedAt,
        m.DeclineReason?.ToWire(), m.Outcome?.ToWire(), m.FollowUpOn, m.LastCheckIn?.ToWire(), events?.Select(AsHistory).ToList());

    private static MatchHistoryEntry AsHistory(IEvent e) => e.Data switch
    {
        MatchProposed p => new(e.Version.ToInt(), "proposed", p.At, p.Actor, null, null, p.Note),
        MatchConfirmed c => new(e.Version.ToInt(), "confirmed", c.At, c.Actor, null, null, c.Note),
        MatchDeclined d => new(e.Version.ToInt(), "declined", d.At, d.Actor, d.Reason.ToWire(), null, d.Text),
        MatchEnded x => new(e.Version.ToInt(), "ended", x.At, x.Actor, null, x.Outcome.ToWire(), x.Note),
        MatchNoteAdded n => new(e.Version.ToInt(), "note-added", n.At, n.Actor, null, null, n.Text),
        MatchFollowUpPlanned f => new(e.Version.ToInt(), "follow-up-planned", f.At, f.Actor, null, null, null) { FollowUpOn = f.On },
        MatchCheckedIn c => new(e.Version.ToInt(), "checked-in", c.At, c.Actor, null, c.State.ToWire(), c.Note) { FollowUpOn = c.NextFollowUp },
        _ => new(e.Version.ToInt(), e.EventTypeName, e.Timestamp, "", null, null, null),
    };

    private static int ToInt(this long value) => checked((int)value);
}
