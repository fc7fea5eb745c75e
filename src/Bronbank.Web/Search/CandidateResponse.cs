using Bronbank.Domain.Matches;
using Bronbank.Domain.Validation;
using Bronbank.Matching;

namespace Bronbank.Web.Search;

/// <summary>The volunteers who fit, and beside them the activities nearby that may serve the resident as well (bouwblokken).</summary>
public sealed record CandidatesResponse(IReadOnlyList<CandidateResponse> Candidates, IReadOnlyList<ActivitySuggestion>? Activities = null)
{
    public CandidatesResponse WithActivities(IEnumerable<Matching.Activities.ActivityMatch> matches) => this with
    {
        Activities = [.. matches.Select(m => new ActivitySuggestion(m.ActivityId, m.Title, m.Kind, m.BuurthuisId, m.BuurthuisName, m.Slot,
            m.DistanceKm is { } km ? Math.Round(km, 2) : null, m.Score, [.. m.Reasons.Select(r => new ReasonResponse(r.Kind, r.Text))]))],
    };
}

/// <summary>An activity or spreekuur that fits the request, with where and when and the reasons in Dutch.</summary>
public sealed record ActivitySuggestion(Guid ActivityId, string Title, string Kind, Guid BuurthuisId, string Buurthuis, string Slot, double? DistanceKm,
    double Score, IReadOnlyList<ReasonResponse> Reasons);

/// <summary>A ranked volunteer; <c>Match</c> is set when they are already proposed or linked for this request, so they are not proposed twice.</summary>
public sealed record CandidateResponse(Guid VolunteerId, string Name, string Neighbourhood, double Score, IReadOnlyList<ReasonResponse> Reasons, CandidateMatch? Match = null);

public sealed record ReasonResponse(string Kind, string Text);

/// <summary>The open match of a candidate for this request: its id and status (<c>proposed</c> or <c>active</c>).</summary>
public sealed record CandidateMatch(Guid Id, string Status);

public static class CandidateMapping
{
    public static CandidatesResponse AsResponse(this IEnumerable<Candidate> candidates, IReadOnlyDictionary<Guid, Match>? open = null) => new(
        [.. candidates.Select(c => new CandidateResponse(c.VolunteerId, c.Name, c.Neighbourhood, c.Score,
            [.. c.Reasons.Select(r => new ReasonResponse(r.Kind, r.Text))],
            open?.GetValueOrDefault(c.VolunteerId) is { } m ? new CandidateMatch(m.Id, m.Status.ToWire()) : null))]);
}
