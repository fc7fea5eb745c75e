using Bronbank.Domain.Requests;

namespace Bronbank.Domain.Matches;

/// <summary>
/// A help request's status follows its matches: open → proposed → matched → closed. An ended match
/// closes the request when the help is done or no longer needed; when the volunteer stopped or it ended
/// early, the request opens again so the coordinator can look for someone else.
/// </summary>
public static class RequestStatusRule
{
    public static RequestStatus Derive(RequestStatus current, IReadOnlyCollection<Match> matches)
    {
        if (matches.Any(m => m.Status == MatchStatus.Active)) return RequestStatus.Matched;
        if (matches.Any(m => m.Status == MatchStatus.Proposed)) return RequestStatus.Proposed;
        if (current == RequestStatus.Closed) return RequestStatus.Closed;
        var lastEnded = matches.Where(m => m.Status == MatchStatus.Ended).MaxBy(m => m.ClosedAt);
        return lastEnded?.Outcome is MatchOutcome.Completed or MatchOutcome.ResidentMovedOrPassedAway or MatchOutcome.Other
            ? RequestStatus.Closed
            : RequestStatus.Open;
    }
}
