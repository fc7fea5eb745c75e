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
    IReadOnlyList<MatchHistoryEntry>? History = null);

/// <summary>One event of a match's history, as people read it.</summary>
public sealed record MatchHistoryEntry(int Version, string Type, DateTimeOffset At, string Actor, string? Reason, string? Outcome, string? Note);

public static class MatchMapping
{
    public static MatchResponse AsResponse(this Match m, IReadOnlyList<IEvent>? events = null) => new(
        m.Id, m.Version, m.RequestId, m.VolunteerId, m.Status.ToWire(), m.ProposedAt, m.ConfirmedAt, m.ClosedAt,
        m.DeclineReason?.ToWire(), m.Outcome?.ToWire(), events?.Select(AsHistory).ToList());

    private static MatchHistoryEntry AsHistory(IEvent e) => e.Data switch
    {
        MatchProposed p => new(e.Version.ToInt(), "proposed", p.At, p.Actor, null, null, p.Note),
        MatchConfirmed c => new(e.Version.ToInt(), "confirmed", c.At, c.Actor, null, null, c.Note),
        MatchDeclined d => new(e.Version.ToInt(), "declined", d.At, d.Actor, d.Reason.ToWire(), null, d.Text),
        MatchEnded x => new(e.Version.ToInt(), "ended", x.At, x.Actor, null, x.Outcome.ToWire(), x.Note),
        MatchNoteAdded n => new(e.Version.ToInt(), "note-added", n.At, n.Actor, null, null, n.Text),
        _ => new(e.Version.ToInt(), e.EventTypeName, e.Timestamp, "", null, null, null),
    };

    private static int ToInt(this long value) => checked((int)value);
}
