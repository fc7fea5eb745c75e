namespace Bronbank.Web.Matches;

// Bodies of the match commands. Nullable, so a missing field is reported by name.

public sealed record ProposeMatch(string? RequestId, string? VolunteerId, string? Note);

public sealed record ConfirmMatch(string? Note);

public sealed record DeclineMatch(string? Reason, string? Text);

public sealed record EndMatch(string? Outcome, string? Note);

public sealed record AddMatchNote(string? Text);

public sealed record PlanFollowUp(DateOnly? On);

public sealed record CheckIn(string? State, string? Note, DateOnly? NextFollowUp);
