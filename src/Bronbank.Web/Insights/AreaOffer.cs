using Bronbank.Domain.Activities;
using Bronbank.Domain.Buurthuizen;
using Marten;

namespace Bronbank.Web.Insights;

/// <summary>What an area offers: activities and spreekuren per week on average (weekly 1, biweekly ½, monthly 12/52) and its buurthuizen.</summary>
public sealed record AreaOffer(string Area, double ActivitiesPerWeek, double SpreekurenPerWeek, int Buurthuizen)
{
    public static AreaOffer None(string area) => new(area, 0, 0, 0);

    public double PerWeek => ActivitiesPerWeek + SpreekurenPerWeek;
}

/// <summary>
/// Counts the offer per area in PostgreSQL: activities grouped by their buurthuis' area, kind and recurrence
/// (those whose from/until overlap the period), and buurthuizen per area — a handful of rows, never every activity.
/// </summary>
public static class OfferCounting
{
    public static async Task<IReadOnlyDictionary<string, AreaOffer>> CountAsync(IQuerySession session, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var schema = session.DocumentStore.Options.Schema;
        var activities = await session.AdvancedSql.QueryAsync<ActivityGroup>($"""
            select jsonb_build_object('area', b.data ->> 'area', 'kind', a.data ->> 'kind', 'recurrence', a.data -> 'schedule' ->> 'recurrence', 'count', count(*)) as data
            from {schema.For<Activity>()} a
            join {schema.For<Buurthuis>()} b on b.id = (a.data ->> 'buurthuisId')::uuid
            where (a.data -> 'schedule' ->> 'from' is null or (a.data -> 'schedule' ->> 'from')::date < ?)
              and (a.data -> 'schedule' ->> 'until' is null or (a.data -> 'schedule' ->> 'until')::date >= ?)
            group by b.data ->> 'area', a.data ->> 'kind', a.data -> 'schedule' ->> 'recurrence'
            """, ct, DateOnly.FromDateTime(to.UtcDateTime), DateOnly.FromDateTime(from.UtcDateTime));
        var buurthuizen = await session.AdvancedSql.QueryAsync<BuurthuisCount>($"""
            select jsonb_build_object('area', data ->> 'area', 'count', count(*)) as data
            from {schema.For<Buurthuis>()} group by data ->> 'area'
            """, ct);

        double PerWeek(string area, ActivityKind kind) => Math.Round(activities
            .Where(g => g.Area == area && Enum.TryParse<ActivityKind>(g.Kind, ignoreCase: true, out var k) && k == kind)
            .Sum(g => g.Count * Schedule.PerWeekOf(Enum.TryParse<Recurrence>(g.Recurrence, ignoreCase: true, out var r) ? r : Recurrence.Weekly)), 2);
        return activities.Select(g => g.Area).Concat(buurthuizen.Select(b => b.Area)).Distinct(StringComparer.Ordinal)
            .ToDictionary(area => area, area => new AreaOffer(area, PerWeek(area, ActivityKind.Activiteit), PerWeek(area, ActivityKind.Spreekuur),
                buurthuizen.Where(b => b.Area == area).Sum(b => b.Count)), StringComparer.Ordinal);
    }

    internal sealed record ActivityGroup(string Area, string? Kind, string? Recurrence, int Count);

    internal sealed record BuurthuisCount(string Area, int Count);
}
