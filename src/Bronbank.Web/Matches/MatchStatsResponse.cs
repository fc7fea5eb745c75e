using Bronbank.Domain.Matches;
using Bronbank.Domain.Requests;
using Bronbank.Domain.Validation;

namespace Bronbank.Web.Matches;

/// <summary>Figures for the team: how many matches are where, how long a resident waits, why proposals fail.</summary>
public sealed record MatchStatsResponse(
    int Total,
    IReadOnlyDictionary<string, int> ByStatus,
    double? MedianDaysToConfirmed,
    IReadOnlyDictionary<string, int> DeclinesByReason)
{
    public static MatchStatsResponse From(IReadOnlyCollection<Match> matches, IReadOnlyDictionary<Guid, HelpRequest> requests)
    {
        var byStatus = Enum.GetValues<MatchStatus>().ToDictionary(s => s.ToWire(), s => matches.Count(m => m.Status == s));
        var declines = Enum.GetValues<DeclineReason>().ToDictionary(r => r.ToWire(), r => matches.Count(m => m.DeclineReason == r));
        // From the moment the request was recorded to the moment a person confirmed the match.
        var waits = matches
            .Where(m => m.ConfirmedAt is not null && requests.ContainsKey(m.RequestId))
            .Select(m => (m.ConfirmedAt!.Value - requests[m.RequestId].CreatedAt).TotalDays)
            .Order()
            .ToArray();
        return new MatchStatsResponse(matches.Count, byStatus, Median(waits), declines);
    }

    private static double? Median(double[] sorted) => sorted.Length switch
    {
        0 => null,
        var n when n % 2 == 1 => Math.Round(sorted[n / 2], 2),
        var n => Math.Round((sorted[(n / 2) - 1] + sorted[n / 2]) / 2, 2),
    };
}
