using Bronbank.Domain.Areas;
using Bronbank.Web.Pools;

namespace Bronbank.Web.Insights;

/// <summary>Supply and demand per area, to find blind spots: many requests, few volunteers.</summary>
public sealed record AreaInsight(
    string Area, string Wijk, double Lat, double Lon,
    int ActiveVolunteers, int FreeCapacity, int Requests, int Unmet, int Matched, double? MedianDaysToMatch, double? SupplyDemandRatio,
    IReadOnlyList<NamedCount> TopUnmetThemes);

public static class AreaInsights
{
    public static IReadOnlyList<AreaInsight> Compute(InsightData data, AreaCatalog areas) =>
        [.. areas.All.Select(area => ForArea(data, area)).OrderByDescending(a => a.Unmet).ThenBy(a => a.Area, StringComparer.Ordinal)];

    private static AreaInsight ForArea(InsightData data, Area area)
    {
        var supply = data.SupplyIn(area.Name);
        var requests = data.Requests.Where(r => r.Neighbourhood == area.Name).ToList();
        var unmet = requests.Where(data.IsUnmet).ToList();
        var waits = requests.Select(r => data.FirstConfirmed(r) is { } at ? (double?)(at - r.CreatedAt).TotalDays : null).OfType<double>().Order().ToArray();
        return new AreaInsight(area.Name, area.Wijk, area.Lat, area.Lon, supply.Available, supply.FreePlaces, requests.Count, unmet.Count, waits.Length,
            Median(waits), requests.Count == 0 ? null : Math.Round(supply.Available / (double)requests.Count, 2),
            [.. unmet.GroupBy(InsightData.ThemeOf).Select(g => new NamedCount(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).Take(3)]);
    }

    private static double? Median(double[] sorted) => sorted.Length switch
    {
        0 => null,
        var n when n % 2 == 1 => Math.Round(sorted[n / 2], 1),
        var n => Math.Round((sorted[(n / 2) - 1] + sorted[n / 2]) / 2, 1),
    };
}
