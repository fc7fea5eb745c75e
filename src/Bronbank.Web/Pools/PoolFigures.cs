using Bronbank.Domain.Matches;
using Bronbank.Domain.Validation;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Matches;
using Marten;

namespace Bronbank.Web.Pools;

/// <summary>
/// A buurthuis board's view of its own volunteer pool: figures and first names only — no contact details,
/// no surnames, no help requests. Only volunteers who consented to being shown to their board count.
/// </summary>
public sealed record PoolFiguresResponse(
    string Buurthuis,
    int Volunteers,
    int Active,
    IReadOnlyList<NamedCount> TopPassions,
    IReadOnlyList<NamedCount> TopTalents,
    IReadOnlyDictionary<string, int> DayPartCoverage,
    IReadOnlyList<WaitingVolunteer> WaitingForFirstMatch,
    IReadOnlyList<MonthCount> MatchesPerMonth);

public sealed record NamedCount(string Name, int Count);

public sealed record WaitingVolunteer(string FirstName, string Neighbourhood, IReadOnlyList<string> Passions);

public sealed record MonthCount(string Month, int Count);

public static class PoolFigures
{
    public static async Task<PoolFiguresResponse> ForAsync(IQuerySession session, string buurthuis, CancellationToken ct)
    {
        var name = buurthuis.Trim();
        var pool = (await session.Query<Volunteer>()
                .Where(v => v.Buurthuis != null && v.Buurthuis.Equals(name, StringComparison.OrdinalIgnoreCase))
                .ToListAsync(ct))
            .Where(v => v.Consent?.Boards == true)
            .ToList();
        var ids = pool.Select(v => v.Id).ToList();
        var capacities = ids.Count == 0 ? [] : (await session.LoadManyAsync<VolunteerCapacity>(ct, ids)).ToDictionary(c => c.Id);
        var confirmed = ids.Count == 0 ? [] : await session.Query<Match>().Where(m => m.VolunteerId.IsOneOf(ids.ToArray()) && m.ConfirmedAt != null).ToListAsync(ct);
        var active = pool.Where(v => v.Active).ToList();

        return new PoolFiguresResponse(
            pool.FirstOrDefault()?.Buurthuis ?? name,
            pool.Count,
            active.Count,
            Top(active.SelectMany(v => v.Passions)),
            Top(active.SelectMany(v => v.Talents)),
            DayParts.All.ToDictionary(d => d, d => active.Count(v => v.Availability.Contains(d))),
            [.. active.Where(v => capacities.GetValueOrDefault(v.Id)?.FirstMatchedAt is null)
                .OrderBy(v => v.CreatedAt)
                .Select(v => new WaitingVolunteer(v.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "", v.Neighbourhood, v.Passions))],
            [.. confirmed.GroupBy(m => m.ConfirmedAt!.Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
                .OrderBy(g => g.Key)
                .Select(g => new MonthCount(g.Key, g.Count()))]);
    }

    /// <summary>Most common first; phrases compared without regard to case.</summary>
    private static List<NamedCount> Top(IEnumerable<string> phrases) =>
        [.. phrases.GroupBy(p => p.Trim().ToLowerInvariant())
            .Select(g => new NamedCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(15)];
}
