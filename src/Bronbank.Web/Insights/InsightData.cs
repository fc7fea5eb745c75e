using Bronbank.Domain.Matches;
using Bronbank.Domain.Requests;
using Bronbank.Matching.Themes;
using Bronbank.Web.Matches;
using Marten;

namespace Bronbank.Web.Insights;

/// <summary>
/// What insights are computed from, read once per question: the requests in the period with their matches
/// and visits as rows, the pool as counts per area (<see cref="VolunteerSupply"/>) — never every profile.
/// </summary>
public sealed record InsightData(
    DateTimeOffset From, DateTimeOffset To,
    IReadOnlyList<HelpRequest> Requests, IReadOnlyDictionary<string, AreaSupply> Supply, ILookup<Guid, Match> MatchesByRequest)
{
    /// <summary>Walk-in visits in the period: their themes count as recurring questions too.</summary>
    public IReadOnlyList<Visits.Visit> Visits { get; init; } = [];

    /// <summary>Activities, spreekuren and buurthuizen per area, as counts (<see cref="OfferCounting"/>).</summary>
    public IReadOnlyDictionary<string, AreaOffer> Offer { get; init; } = new Dictionary<string, AreaOffer>();

    public static async Task<InsightData> LoadAsync(IQuerySession session, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var requests = await session.Query<HelpRequest>().Where(r => r.CreatedAt >= from && r.CreatedAt < to).ToListAsync(ct);
        var supply = await VolunteerSupply.CountAsync(session, from, to, ct);
        var ids = requests.Select(r => r.Id).ToArray();
        var matches = ids.Length == 0 ? [] : await session.Query<Match>().Where(m => m.RequestId.IsOneOf(ids)).ToListAsync(ct);
        var (firstDay, lastDay) = (DateOnly.FromDateTime(from.UtcDateTime), DateOnly.FromDateTime(to.UtcDateTime));
        var visits = await session.Query<Visits.Visit>().Where(v => v.Date >= firstDay && v.Date <= lastDay).ToListAsync(ct);
        var offer = await OfferCounting.CountAsync(session, from, to, ct);
        return new InsightData(from, to, requests, supply, matches.ToLookup(m => m.RequestId)) { Visits = visits, Offer = offer };
    }

    public AreaSupply SupplyIn(string area) => Supply.GetValueOrDefault(area) ?? AreaSupply.None(area);

    public AreaOffer OfferIn(string area) => Offer.GetValueOrDefault(area) ?? AreaOffer.None(area);

    /// <summary>A request is met once a person confirmed a match for it.</summary>
    public DateTimeOffset? FirstConfirmed(HelpRequest request) =>
        MatchesByRequest[request.Id].Where(m => m.ConfirmedAt is not null).Min(m => m.ConfirmedAt);

    public bool IsUnmet(HelpRequest request) => FirstConfirmed(request) is null && request.Status != RequestStatus.Closed;

    public static string ThemeOf(HelpRequest request) => request.Theme ?? ThemeClassifier.Classify(request.Question);
}
