using System.Globalization;
using Bronbank.Domain.Areas;
using Bronbank.Domain.Matches;
using Bronbank.Domain.Requests;
using Bronbank.Web.Infrastructure.Pages;
using Bronbank.Web.Infrastructure.Tables;
using Bronbank.Web.Insights;
using Bronbank.Web.Signals;
using Marten;

namespace Bronbank.Web.Reports;

/// <summary>One topic of the report: a title and rows of cells, the first row the header.</summary>
public sealed record ReportSheet(string Name, IReadOnlyList<IReadOnlyList<string>> Rows);

public sealed record WijkReportResponse(string Wijk, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<ReportSheet> Sheets);

/// <summary>
/// What a wijk did in a period, for the gemeente: volunteers, requests, matches, walk-in visits, themes,
/// signals and blind spots. Every count goes through <see cref="SmallCounts.Shown"/>: a count of one to
/// four is written "&lt; 5", so that no resident can be recognised from the figures.
/// </summary>
public static class WijkReport
{
    public const string Small = SmallCounts.Small;
    public const string TooFewMatches = "niet getoond: minder dan 5 koppelingen";

    public static string Shown(int count) => SmallCounts.Shown(count);

    public static async Task<WijkReportResponse> BuildAsync(IQuerySession session, AreaCatalog catalog, string wijk, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var areas = catalog.All.Where(a => string.Equals(a.Wijk, wijk, StringComparison.OrdinalIgnoreCase)).ToList();
        var names = areas.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var all = await InsightData.LoadAsync(session, from, to, ct);
        var data = all with
        {
            Requests = [.. all.Requests.Where(r => names.Contains(r.Neighbourhood))],
            Supply = all.Supply.Where(s => names.Contains(s.Key)).ToDictionary(),
            Visits = [.. all.Visits.Where(v => names.Contains(v.Area))],
        };
        var signals = (await SignalCounting.CountAsync(session, ct, from, to)).Where(c => names.Contains(c.Area)).ToList();
        var matches = data.Requests.SelectMany(r => data.MatchesByRequest[r.Id]).ToList();
        var themes = ThemeInsights.Compute(data);
        var waits = data.Requests.Select(r => data.FirstConfirmed(r) is { } at ? (at - r.CreatedAt).TotalDays : (double?)null).OfType<double>().Order().ToArray();

        return new WijkReportResponse(areas.FirstOrDefault()?.Wijk ?? wijk, from, to,
        [
            Sheet("Vrijwilligers", ["", "aantal"],
                ["nieuw", Shown(data.Supply.Values.Sum(s => s.New))],
                ["actief", Shown(data.Supply.Values.Sum(s => s.Active))],
                ["gestopt", Shown(data.Supply.Values.Sum(s => s.Stopped))]),
            Sheet("Hulpvragen", ["afloop", "aantal"],
                ["totaal", Shown(data.Requests.Count)],
                ["open", Shown(data.Requests.Count(r => r.Status == RequestStatus.Open))],
                ["voorgesteld", Shown(data.Requests.Count(r => r.Status == RequestStatus.Proposed))],
                ["gekoppeld", Shown(data.Requests.Count(r => r.Status == RequestStatus.Matched))],
                ["gesloten na een koppeling", Shown(data.Requests.Count(r => r.Status == RequestStatus.Closed && data.FirstConfirmed(r) is not null))],
                ["gesloten zonder koppeling", Shown(data.Requests.Count(r => r.Status == RequestStatus.Closed && data.FirstConfirmed(r) is null))]),
            Sheet("Koppelingen", ["", "aantal"],
                [["voorgesteld", Shown(matches.Count)],
                 ["bevestigd", Shown(matches.Count(m => m.ConfirmedAt is not null))],
                 ["afgewezen", Shown(matches.Count(m => m.Status == MatchStatus.Declined))],
                 .. DutchWords.Outcomes.Select(o => (string[])[$"beëindigd: {o.Label}", Shown(matches.Count(m => m.Outcome == o.Value))]),
                 // A median of one to four waits would come close to one resident's story, so it is left out like a small count.
                 ["mediaan dagen tot koppeling", waits.Length == 0 ? "" : waits.Length < 5 ? TooFewMatches : Median(waits)]]),
            Sheet("Spreekuur", ["", "aantal"],
                [["bezoeken", Shown(data.Visits.Count)], .. themes.Referrals.Select(r => (string[])[$"doorverwezen naar {r.Name}", Shown(r.Count)])]),
            Sheet("Thema's", ["thema", "spreekuur", "hulpvraag", "samen", "stijgt"],
                [.. themes.Themes.Where(t => t.Sources.Spreekuur + t.Sources.Hulpvraag > 0).Select(t => (string[])
                    [t.Theme, Shown(t.Sources.Spreekuur), Shown(t.Sources.Hulpvraag), Shown(t.Sources.Spreekuur + t.Sources.Hulpvraag), t.Rising ? "ja" : "nee"])]),
            Sheet("Signalen", ["soort", "afloop", "aantal"],
                [.. signals.GroupBy(s => (s.Kind, s.Outcome)).OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenBy(g => g.Key.Outcome, StringComparer.Ordinal)
                    .Select(g => (string[])[g.Key.Kind, g.Key.Outcome, Shown(g.Sum(c => c.Count))])]),
            new ReportSheet("Blinde vlekken", [.. BlindSpotReport.AreaRows(AreaInsights.Compute(data, new AreaCatalog(areas)), withWijk: false)]),
        ]);
    }

    private static ReportSheet Sheet(string name, string[] header, params string[][] rows) => new(name, [header, .. rows]);

    private static string Median(double[] sorted)
    {
        var n = sorted.Length;
        var median = n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
        return Math.Round(median, 1).ToString("0.#", CultureInfo.GetCultureInfo("nl-NL"));
    }
}
