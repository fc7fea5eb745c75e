using System.Globalization;
using Bronbank.Matching.Themes;

namespace Bronbank.Web.Insights;

public sealed record ThemeTrend(string Theme, IReadOnlyDictionary<string, int> PerMonth, int Latest, double Usual, bool Rising, string Explanation);

public sealed record ThemeInsightsResponse(IReadOnlyList<string> Months, IReadOnlyList<ThemeTrend> Themes, string Rule);

/// <summary>
/// Recurring questions: requests per theme per month, and which themes rise clearly above their own recent
/// average — the latest month is at least double the average of the three months before it, and at
/// least three requests more, so one busy week in a quiet theme does not count as a trend.
/// </summary>
public static class ThemeInsights
{
    public const string Rule = "Een thema stijgt als de laatste maand minstens het dubbele is van het gemiddelde van de drie maanden ervoor, en minstens 3 hulpvragen meer.";

    public static ThemeInsightsResponse Compute(InsightData data)
    {
        var months = Months(data.From, data.To);
        var themes = ThemeClassifier.All.Select(theme =>
        {
            var perMonth = months.ToDictionary(m => m, m => data.Requests.Count(r => InsightData.ThemeOf(r) == theme && Key(r.CreatedAt) == m));
            var latest = perMonth[months[^1]];
            var previous = months.Take(months.Count - 1).TakeLast(3).Select(m => perMonth[m]).ToList();
            var usual = previous.Count == 0 ? 0 : previous.Average();
            var rising = previous.Count > 0 && latest >= 2 * usual && latest - usual >= 3;
            var explanation = $"{theme}: {latest} deze maand, gewoonlijk {usual.ToString("0.#", CultureInfo.GetCultureInfo("nl-NL"))}";
            return new ThemeTrend(theme, perMonth, latest, Math.Round(usual, 1), rising, explanation);
        }).ToList();
        return new ThemeInsightsResponse(months, themes, Rule);
    }

    public static string Key(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static List<string> Months(DateTimeOffset from, DateTimeOffset to)
    {
        var months = new List<string>();
        for (var m = new DateTime(from.UtcDateTime.Year, from.UtcDateTime.Month, 1); m < to.UtcDateTime; m = m.AddMonths(1))
            months.Add(m.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        return months.Count == 0 ? [Key(to)] : months;
    }
}
