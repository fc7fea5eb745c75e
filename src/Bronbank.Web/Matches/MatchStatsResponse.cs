using Bronbank.Domain.Matches;
using Bronbank.Domain.Requests;
using Bronbank.Domain.Validation;
using Marten;

namespace Bronbank.Web.Matches;

/// <summary>Figures for the team: how many matches are where, how long a resident waits, why proposals fail.</summary>
public sealed record MatchStatsResponse(
    int Total,
    IReadOnlyDictionary<string, int> ByStatus,
    double? MedianDaysToConfirmed,
    IReadOnlyDictionary<string, int> DeclinesByReason)
{
    /// <summary>
    /// Counted in PostgreSQL: one row per status and decline reason, and the median wait (from the moment the
    /// request was recorded to the moment a person confirmed the match) as <c>percentile_cont(0.5)</c>, which is
    /// the middle value or the mean of the two middle ones. A match whose request is gone counts, but has no wait.
    /// </summary>
    public static async Task<MatchStatsResponse> CountAsync(IQuerySession session, DateTimeOffset? from, DateTimeOffset? to, string? area, CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.Schema;
        var (conditions, parameters) = (new List<string>(), new List<object>());
        if (from is { } f) { conditions.Add("(m.data ->> 'proposedAt')::timestamptz >= ?"); parameters.Add(f.ToUniversalTime()); }
        if (to is { } t) { conditions.Add("(m.data ->> 'proposedAt')::timestamptz < ?"); parameters.Add(t.ToUniversalTime()); }
        if (area is not null) { conditions.Add("r.data ->> 'neighbourhood' = ?"); parameters.Add(area); }
        var tables = $"{schema.For<Match>()} m left join {schema.For<HelpRequest>()} r on r.id = (m.data ->> 'requestId')::uuid";
        string Where(params string[] more) => conditions.Count + more.Length == 0 ? "" : "where " + string.Join(" and ", conditions.Concat(more));

        var counts = await session.AdvancedSql.QueryAsync<StatusCount>($"""
            select jsonb_build_object('status', m.data ->> 'status', 'declineReason', m.data ->> 'declineReason', 'count', count(*)) as data
            from {tables} {Where()}
            group by m.data ->> 'status', m.data ->> 'declineReason'
            """, ct, [.. parameters]);
        var median = (await session.AdvancedSql.QueryAsync<MedianWait>($"""
            select jsonb_build_object('days', percentile_cont(0.5) within group (order by
                extract(epoch from (m.data ->> 'confirmedAt')::timestamptz - (r.data ->> 'createdAt')::timestamptz)::double precision / 86400)) as data
            from {tables} {Where("m.data ->> 'confirmedAt' is not null", "r.id is not null")}
            """, ct, [.. parameters])).Single().Days;

        int Count(Func<StatusCount, bool> which) => counts.Where(which).Sum(c => c.Count);
        return new MatchStatsResponse(
            counts.Sum(c => c.Count),
            Enum.GetValues<MatchStatus>().ToDictionary(s => s.ToWire(), s => Count(c => Is(c.Status, s))),
            median is { } days ? Math.Round(days, 2) : null,
            Enum.GetValues<DeclineReason>().ToDictionary(r => r.ToWire(), r => Count(c => Is(c.DeclineReason, r))));
    }

    private static bool Is<T>(string? stored, T value) where T : struct, Enum =>
        Enum.TryParse<T>(stored, ignoreCase: true, out var parsed) && parsed.Equals(value);

    internal sealed record StatusCount(string? Status, string? DeclineReason, int Count);

    internal sealed record MedianWait(double? Days);
}
