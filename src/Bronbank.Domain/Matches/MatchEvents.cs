namespace Bronbank.Domain.Matches;

// The life of a koppeling (match), as facts in the past tense. Every fact records who and when.

public sealed record MatchProposed(Guid MatchId, Guid RequestId, Guid VolunteerId, string? Note, string Actor, DateTimeOffset At);

public sealed record MatchConfirmed(string? Note, string Actor, DateTimeOffset At);

public sealed record MatchDeclined(DeclineReason Reason, string? Text, string Actor, DateTimeOffset At);

public sealed record MatchEnded(MatchOutcome Outcome, string? Note, string Actor, DateTimeOffset At);

public sealed record MatchNoteAdded(string Text, string Actor, DateTimeOffset At);

/// <summary>The coordinator set when to check how an active match is going.</summary>
public sealed record MatchFollowUpPlanned(DateOnly On, string Actor, DateTimeOffset At);

/// <summary>The coordinator asked how it goes; the next follow-up is planned with it.</summary>
public sealed record MatchCheckedIn(CheckInState State, string? Note, DateOnly NextFollowUp, string Actor, DateTimeOffset At);

/// <summary>How an active match is going at a check-in: "loopt goed", "loopt niet", "gestopt".</summary>
public enum CheckInState
{
    GoingWell,
    NotGoingWell,
    Stopped,
}

public enum MatchStatus
{
    Proposed,
    Active,
    Declined,
    Ended,
}

public enum DeclineReason
{
    VolunteerNotAvailable,
    ResidentDeclined,
    NoClick,
    Other,
}

public enum MatchOutcome
{
    Completed,
    StoppedEarly,
    VolunteerStopped,
    ResidentMovedOrPassedAway,
    Other,
}
