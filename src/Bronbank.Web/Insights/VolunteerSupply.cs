using Bronbank.Domain.Volunteers;
using Bronbank.Web.Matches;
using Marten;

namespace Bronbank.Web.Insights;

/// <summary>The volunteers of one area as counts: who may be matched now and their free places, and the pool's movement in the period.</summary>
public sealed record AreaSupply(string Area, int Available, int FreePlaces, int Active, int New, int Stopped)
{
    public static AreaSupply None(string area) => new(area, 0, 0, 0, 0, 0);
}

/// <summary>
/// Counts the pool per area in PostgreSQL, over the jsonb of the volunteer and capacity tables, so a page view
/// reads one row per area instead of every profile (100k profiles would otherwise pass through memory).
/// The filter is <see cref="Volunteer.MayBeMatched"/> written in SQL; the tests compare both on known data.
/// </summary>
public static class VolunteerSupply
{
    private const string MayBeMatched =
        "(v.data ->> 'active')::boolean and v.data ->> 'pausedUntil' is null and coalesce((v.data -> 'consent' ->> 'matching')::boolean, false)";

    public static async Task<IReadOnlyDictionary<string, AreaSupply>> CountAsync(IQuerySession session, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.Schema;
        var sql = $"""
            select jsonb_build_object(
                'area', v.data ->> 'neighbourhood',
                'available', count(*) filter (where {MayBeMatched}),
                'freePlaces', coalesce(sum(greatest(0, (v.data ->> 'maxMatches')::int - coalesce(jsonb_array_length(c.data -> 'active'), 0))) filter (where {MayBeMatched}), 0),
                'active', count(*) filter (where (v.data ->> 'active')::boolean),
                'new', count(*) filter (where (v.data ->> 'createdAt')::timestamptz >= ? and (v.data ->> 'createdAt')::timestamptz < ?),
                'stopped', count(*) filter (where not (v.data ->> 'active')::boolean and (v.data ->> 'updatedAt')::timestamptz >= ? and (v.data ->> 'updatedAt')::timestamptz < ?)) as data
            from {schema.For<Volunteer>()} v
            left join {schema.For<VolunteerCapacity>()} c on c.id = v.id
            group by v.data ->> 'neighbourhood'
            """;
        var (start, end) = (from.ToUniversalTime(), to.ToUniversalTime());
        var rows = await session.AdvancedSql.QueryAsync<AreaSupply>(sql, ct, start, end, start, end);
        return rows.ToDictionary(r => r.Area, StringComparer.Ordinal);
    }
}
