using Bronbank.Matching;

namespace Bronbank.Web.Search;

public sealed record CandidatesResponse(IReadOnlyList<CandidateResponse> Candidates);

public sealed record CandidateResponse(Guid VolunteerId, string Name, string Neighbourhood, double Score, IReadOnlyList<ReasonResponse> Reasons);

public sealed record ReasonResponse(string Kind, string Text);

public static class CandidateMapping
{
    public static CandidatesResponse AsResponse(this IEnumerable<Candidate> candidates) => new(
        [.. candidates.Select(c => new CandidateResponse(c.VolunteerId, c.Name, c.Neighbourhood, c.Score,
            [.. c.Reasons.Select(r => new ReasonResponse(r.Kind, r.Text))]))]);
}
