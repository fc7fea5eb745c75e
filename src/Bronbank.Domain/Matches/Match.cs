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

    /// <summary>When to ask how it goes; four weeks after confirming unless the coordinator chose otherwise. Only while active.</summary>
    public DateOnly? FollowUpOn { get; set; }
    public CheckInState? LastCheckIn { get; set; }
    public DateTimeOffset? LastCheckInAt { get; set; }

    public static readonly int FollowUpAfterDays = 28;

    /// <summary>The follow-up a check-in plans when the coordinator gives no date: a month when it goes well, a week when not, today when it stopped (end it).</summary>
    public static DateOnly NextFollowUp(CheckInState state, DateOnly today) => state switch
    {
        CheckInState.GoingWell => today.AddDays(FollowUpAfterDays),
        CheckInState.NotGoingWell => today.AddDays(7),
        _ => today,
    };

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
        FollowUpOn = DateOnly.FromDateTime(e.At.UtcDateTime).AddDays(FollowUpAfterDays);
    }

    public void On(MatchFollowUpPlanned e) => FollowUpOn = e.On;

    public void On(MatchCheckedIn e)
    {
        LastCheckIn = e.State;
        LastCheckInAt = e.At;
        FollowUpOn = e.NextFollowUp;
    }

    public void On(MatchDeclined e)
    {
        Status = MatchStatus.Declined;
        DeclineReason = e.Reason;
        ClosedAt = e.At;
        FollowUpOn = null;
    }

    public void On(MatchEnded e)
    {
        Status = MatchStatus.Ended;
        Outcome = e.Outcome;
        ClosedAt = e.At;
        FollowUpOn = null;
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

    /// <summary>Why there is no follow-up to plan or check in on, or null when there is.</summary>
    public string? CannotFollowUp() => Status == MatchStatus.Active ? null : "Only an active match is followed up; confirm it first.";

    public bool IsOpen => Status is MatchStatus.Proposed or MatchStatus.Active;
}
