namespace Bronbank.Domain.Matches;

/// <summary>
/// The current state of one match, folded from its events. The rules for what may happen next live
/// here too, so the API and the staff pages cannot disagree about them.
/// </summary>
public sealed class Match
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public Guid RequestId { get; set; }
    public Guid VolunteerId { get; set; }
    public MatchStatus Status { get; set; }
    public DateTimeOffset ProposedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public DeclineReason? DeclineReason { get; set; }
    public MatchOutcome? Outcome { get; set; }

    public static Match Start(MatchProposed e) => new()
    {
        Id = e.MatchId,
        RequestId = e.RequestId,
        VolunteerId = e.VolunteerId,
        Status = MatchStatus.Proposed,
        ProposedAt = e.At,
    };

    public void On(MatchConfirmed e)
    {
        Status = MatchStatus.Active;
        ConfirmedAt = e.At;
    }

    public void On(MatchDeclined e)
    {
        Status = MatchStatus.Declined;
        DeclineReason = e.Reason;
        ClosedAt = e.At;
    }

    public void On(MatchEnded e)
    {
        Status = MatchStatus.Ended;
        Outcome = e.Outcome;
        ClosedAt = e.At;
    }

    /// <summary>Why the match cannot be confirmed now, or null when it can.</summary>
    public string? CannotConfirm() => Status switch
    {
        MatchStatus.Proposed => null,
        MatchStatus.Active => "The match is already confirmed.",
        MatchStatus.Declined => "A declined match cannot be confirmed; propose the volunteer again instead.",
        _ => "An ended match cannot be confirmed; propose the volunteer again instead.",
    };

    public string? CannotDecline() => Status switch
    {
        MatchStatus.Proposed => null,
        MatchStatus.Active => "An active match cannot be declined; end it with an outcome instead.",
        MatchStatus.Declined => "The match is already declined.",
        _ => "An ended match cannot be declined.",
    };

    public string? CannotEnd() => Status switch
    {
        MatchStatus.Active => null,
        MatchStatus.Proposed => "A proposed match cannot be ended; decline it instead.",
        MatchStatus.Declined => "A declined match cannot be ended.",
        _ => "The match has already ended.",
    };

    public bool IsOpen => Status is MatchStatus.Proposed or MatchStatus.Active;
}
