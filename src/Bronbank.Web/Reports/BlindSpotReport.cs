using System.Globalization;
using Bronbank.Domain.Areas;
using Bronbank.Web.Infrastructure.Tables;
using Bronbank.Web.Insights;
using Marten;

namespace Bronbank.Web.Reports;

public sealed record BlindSpotReportResponse(int Year, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<ReportSheet> Sheets)
{
    /// <summary>The figures per area, for the map of the printable page (not part of the JSON: the sheets are what leaves the app).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<AreaInsight> Areas { get; init; } = [];
}

/// <summary>
/// The team's yearly check of issue 17: per wijk and per area, what is asked (requests, unmet), who offers time
/// (volunteers, free places), what is on offer (activities and spreekuren per week, buurthuizen), and whether the
/// area is a blind spot and why. Counts of people go through <see cref="SmallCounts.Shown"/>; activities, spreekuren
/// and buurthuizen are places and times, not people, and stay exact. The volunteers are today's pool.
/// </summary>
public static class BlindSpotReport
{
    public const int FirstYear = 2000;
    public const string PerWijk = "Per wijk";
    public const string PerArea = "Per gebied";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static (DateTimeOffset From, DateTimeOffset To) YearOf(int year) =>
        (new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public static async Task<BlindSpotReportResponse> BuildAsync(IQuerySession session, AreaCatalog catalog, int year, CancellationToken ct)
    {
        var (from, to) = YearOf(year);
        var areas = AreaInsights.Compute(await InsightData.LoadAsync(session, from, to, ct), catalog)
            .OrderBy(a => a.Wijk, StringComparer.Ordinal).ThenBy(a => a.Area, StringComparer.Ordinal).ToList();
        string[] perWijkHeader = ["wijk", "gebieden", "blinde vlekken", "vrijwilligers", "hulpvragen", "zonder koppeling", "activiteiten per week", "spreekuren per week", "buurthuizen"];
        var perWijk = areas.GroupBy(a => a.Wijk).Select(w => (IReadOnlyList<string>)
        [
            w.Key, Exact(w.Count()), Exact(w.Count(a => a.BlindSpot)), SmallCounts.Shown(w.Sum(a => a.ActiveVolunteers)), SmallCounts.Shown(w.Sum(a => a.Requests)),
            SmallCounts.Shown(w.Sum(a => a.Unmet)), PerWeek(w.Sum(a => a.ActivitiesPerWeek)), PerWeek(w.Sum(a => a.SpreekurenPerWeek)), Exact(w.Sum(a => a.Buurthuizen)),
        ]);
        return new BlindSpotReportResponse(year, from, to,
        [
            new ReportSheet(PerWijk, [perWijkHeader, .. perWijk]),
            new ReportSheet(PerArea, [.. AreaRows(areas, withWijk: true)]),
        ]) { Areas = areas };
    }

    /// <summary>One row per area with the offer and the verdict; the wijk report's "Blinde vlekken" sheet uses it too.</summary>
    public static IEnumerable<IReadOnlyList<string>> AreaRows(IEnumerable<AreaInsight> areas, bool withWijk)
    {
        string[] header = ["gebied", "vrijwilligers", "hulpvragen", "zonder koppeling", "vrijwilligers per hulpvraag", "vrije plaatsen",
            "activiteiten per week", "spreekuren per week", "buurthuizen", "blinde vlek", "reden"];
        yield return withWijk ? ["wijk", .. header] : header;
        foreach (var a in areas)
        {
            string[] row = [a.Area, SmallCounts.Shown(a.ActiveVolunteers), SmallCounts.Shown(a.Requests), SmallCounts.Shown(a.Unmet),
                a.Requests < SmallCounts.Fewest ? "" : a.SupplyDemandRatio?.ToString("0.##", Dutch) ?? "", SmallCounts.Shown(a.FreeCapacity),
                PerWeek(a.ActivitiesPerWeek), PerWeek(a.SpreekurenPerWeek), Exact(a.Buurthuizen), a.BlindSpot ? "ja" : "nee", a.BlindSpotReason ?? ""];
            yield return withWijk ? [a.Wijk, .. row] : row;
        }
    }

    public static string PerWeek(double value) => Math.Round(value, 2).ToString("0.##", Dutch);

    private static string Exact(int count) => count.ToString(CultureInfo.InvariantCulture);
}
