using System.Globalization;
using Bronbank.Matching.Themes;
using Bronbank.Web.Pools;

namespace Bronbank.Web.Insights;

/// <summary>How many of a theme's questions came from the spreekuur and how many from help requests, over the period.</summary>
public sealed record ThemeSources(int Spreekuur, int Hulpvraag);

public sealed record ThemeTrend(string Theme, IReadOnlyDictionary<string, int> PerMonth, int Latest, double Usual, bool Rising, string Explanation, ThemeSources Sources);

public sealed record ThemeInsightsResponse(
    IReadOnlyList<string> Months, IReadOnlyList<ThemeTrend> Themes, string Rule, int Visits, int Requests, IReadOnlyList<NamedCount> Referrals);

/// <summary>
/// Recurring questions from everything that comes in: help requests and walk-in visits per theme per month
/// (a visit counts once for each theme it touched, a request made at a visit only as that visit), and which themes rise clearly above their own recent
/// average — the latest month is at least double the average of the three months before it, and at least
/// three questions more, so one busy week in a quiet theme does not count as a trend.
/// </summary>
public static class ThemeInsights
{
    public const string Rule = "Een thema stijgt als de laatste maand minstens het dubbele is van het gemiddelde van de drie maanden ervoor, en minstens 3 vragen meer (hulpvragen en spreekuurbezoeken samen).";

    public static ThemeInsightsResponse Compute(InsightData data)
    {
        var months = Months(data.From, data.To);
        // A help request made at a visit is the same question: it counts once, as the visit it came from.
        var fromVisits = data.Visits.Where(v => v.RequestId is not null).Select(v => v.RequestId!.Value).ToHashSet();
        var requestThemes = data.Requests.Where(r => !fromVisits.Contains(r.Id)).Select(r => (Theme: InsightData.ThemeOf(r), Month: Key(r.CreatedAt))).ToList();
        var visitThemes = data.Visits.SelectMany(v => v.Themes.Distinct().Select(t => (Theme: t, Month: Key(v.Date)))).ToList();
        var themes = ThemeClassifier.All.Select(theme =>
        {
            var perMonth = months.ToDictionary(m => m, m => requestThemes.Count(r => r.Theme == theme && r.Month == m) + visitThemes.Count(v => v.Theme == theme && v.Month == m));
            var latest = perMonth[months[^1]];
            var previous = months.Take(months.Count - 1).TakeLast(3).Select(m => perMonth[m]).ToList();
            var usual = previous.Count == 0 ? 0 : previous.Average();
            var rising = previous.Count > 0 && latest >= 2 * usual && latest - usual >= 3;
            var explanation = $"{theme}: {latest} deze maand, gewoonlijk {usual.ToString("0.#", CultureInfo.GetCultureInfo("nl-NL"))}";
            var sources = new ThemeSources(visitThemes.Count(v => v.Theme == theme), requestThemes.Count(r => r.Theme == theme));
            return new ThemeTrend(theme, perMonth, latest, Math.Round(usual, 1), rising, explanation, sources);
        }).ToList();
        var referrals = data.Visits.SelectMany(v => v.ReferredTo).GroupBy(o => o)
            .Select(g => new NamedCount(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        return new ThemeInsightsResponse(months, themes, Rule, data.Visits.Count, data.Requests.Count, referrals);
    }

    public static string Key(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Key(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static List<string> Months(DateTimeOffset from, DateTimeOffset to)
    {
        var months = new List<string>();
        for (var m = new DateTime(from.UtcDateTime.Year, from.UtcDateTime.Month, 1); m < to.UtcDateTime; m = m.AddMonths(1))
            months.Add(m.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        return months.Count == 0 ? [Key(to)] : months;
    }
}
