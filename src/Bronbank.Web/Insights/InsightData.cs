using Bronbank.Domain.Matches;
using Bronbank.Domain.Requests;
using Bronbank.Domain.Volunteers;
using Bronbank.Matching.Themes;
using Bronbank.Web.Matches;
using Marten;

namespace Bronbank.Web.Insights;

/// <summary>The rows insights are computed from, read once per question: requests in the period, the pool, and matches.</summary>
public sealed record InsightData(
    DateTimeOffset From, DateTimeOffset To,
    IReadOnlyList<HelpRequest> Requests, IReadOnlyList<Volunteer> Volunteers,
    IReadOnlyDictionary<Guid, VolunteerCapacity> Capacities, ILookup<Guid, Match> MatchesByRequest)
{
    /// <summary>Walk-in visits in the period: their themes count as recurring questions too.</summary>
    public IReadOnlyList<Visits.Visit> Visits { get; init; } = [];

    public static async Task<InsightData> LoadAsync(IQuerySession session, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var requests = await session.Query<HelpRequest>().Where(r => r.CreatedAt >= from && r.CreatedAt < to).ToListAsync(ct);
        var volunteers = await session.Query<Volunteer>().ToListAsync(ct);
        var capacities = (await session.Query<VolunteerCapacity>().ToListAsync(ct)).ToDictionary(c => c.Id);
        var ids = requests.Select(r => r.Id).ToArray();
        var matches = ids.Length == 0 ? [] : await session.Query<Match>().Where(m => m.RequestId.IsOneOf(ids)).ToListAsync(ct);
        var (firstDay, lastDay) = (DateOnly.FromDateTime(from.UtcDateTime), DateOnly.FromDateTime(to.UtcDateTime));
        var visits = await session.Query<Visits.Visit>().Where(v => v.Date >= firstDay && v.Date <= lastDay).ToListAsync(ct);
        return new InsightData(from, to, requests, volunteers, capacities, matches.ToLookup(m => m.RequestId)) { Visits = visits };
    }

    /// <summary>A request is met once a person confirmed a match for it.</summary>
    public DateTimeOffset? FirstConfirmed(HelpRequest request) =>
        MatchesByRequest[request.Id].Where(m => m.ConfirmedAt is not null).Min(m => m.ConfirmedAt);

    public bool IsUnmet(HelpRequest request) => FirstConfirmed(request) is null && request.Status != RequestStatus.Closed;

    public static string ThemeOf(HelpRequest request) => request.Theme ?? ThemeClassifier.Classify(request.Question);
}
