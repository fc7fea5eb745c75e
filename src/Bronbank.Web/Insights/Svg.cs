using System.Globalization;
using System.Net;
using System.Text;

namespace Bronbank.Web.Insights;

/// <summary>Server-made SVG, so the map and the chart work offline and print: no map tiles, no chart library.</summary>
public static class Svg
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] Palette = ["#24578f", "#c0392b", "#27ae60", "#8e44ad", "#d35400", "#16a085", "#7f8c8d", "#2c3e50", "#b7950b", "#a93226", "#1abc9c"];

    /// <summary>
    /// Every area at its centroid: circle area grows with requests, colour says supply/demand (red: few volunteers per
    /// request), a thick dark ring marks a blind spot, and an area with nothing is an open dashed circle — shown, not
    /// dropped. <paramref name="count"/> writes the counts in the tooltips (a printable page passes the "&lt; 5" rule).
    /// </summary>
    public static string Map(IReadOnlyList<AreaInsight> areas, int width = 640, int height = 480, Func<int, string>? count = null)
    {
        count ??= n => n.ToString(Invariant);
        var svg = new StringBuilder($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"kaart-titel\" class=\"map\">");
        svg.Append("<title id=\"kaart-titel\">Kaart van hulpvragen, vrijwilligers en blinde vlekken per gebied</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"#f3f6fa\"/>");
        if (areas.Count > 0)
        {
            double minLat = areas.Min(a => a.Lat), maxLat = areas.Max(a => a.Lat), minLon = areas.Min(a => a.Lon), maxLon = areas.Max(a => a.Lon);
            double X(double lon) => 50 + ((lon - minLon) / Math.Max(maxLon - minLon, 1e-6) * (width - 100));
            double Y(double lat) => height - 50 - ((lat - minLat) / Math.Max(maxLat - minLat, 1e-6) * (height - 100));
            var labels = new List<(double X, double Y, double W, double H)>();
            // Busy areas first, so their labels get the best places.
            foreach (var a in areas.OrderByDescending(a => a.Requests).ThenByDescending(a => a.ActiveVolunteers).ThenBy(a => a.Area, StringComparer.Ordinal))
            {
                var r = 6 + (Math.Sqrt(a.Requests) * 5);
                var (cx, cy) = (X(a.Lon), Y(a.Lat));
                var title = WebUtility.HtmlEncode($"{a.Area}: {count(a.Requests)} hulpvragen, {count(a.Unmet)} zonder koppeling, {count(a.ActiveVolunteers)} vrijwilligers"
                    + (a.BlindSpot ? $". Blinde vlek: {a.BlindSpotReason}" : ""));
                svg.Append(Invariant, $"<g class=\"area{(a.BlindSpot ? " blind-spot" : "")}{(a.Empty ? " empty" : "")}\" data-area=\"{WebUtility.HtmlEncode(a.Area)}\"><title>{title}</title>");
                if (a.Empty)
                    svg.Append(Invariant, $"<circle cx=\"{cx:0.0}\" cy=\"{cy:0.0}\" r=\"{r:0.0}\" fill=\"#ffffff\" stroke=\"#1a1a1a\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>");
                else
                    svg.Append(Invariant, $"<circle cx=\"{cx:0.0}\" cy=\"{cy:0.0}\" r=\"{r:0.0}\" fill=\"{Colour(a.SupplyDemandRatio)}\" fill-opacity=\"0.75\" stroke=\"{(a.BlindSpot ? "#1a1a1a" : "#000")}\" stroke-width=\"{(a.BlindSpot ? 3 : 1)}\"/>");
                // A label goes above, below, right or left of its circle, wherever it overlaps no label placed before;
                // when there is no room it is left out (the table and the circle's tooltip still name the area).
                if (PlaceLabel(labels, cx, cy, r, a.Area.Length * 6.6, width, height) is { } at)
                    svg.Append(Invariant, $"<text x=\"{at.X:0.0}\" y=\"{at.Y + 10:0.0}\" font-size=\"12\" fill=\"#000\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{WebUtility.HtmlEncode(a.Area)}</text>");
                svg.Append("</g>");
            }
        }
        return svg.Append("</svg>").ToString();
    }

    private static (double X, double Y)? PlaceLabel(List<(double X, double Y, double W, double H)> placed, double cx, double cy, double r, double w, int width, int height)
    {
        const double h = 13;
        (double X, double Y)[] options = [(cx - (w / 2), cy - r - h - 2), (cx - (w / 2), cy + r + 2), (cx + r + 3, cy - (h / 2)), (cx - r - w - 3, cy - (h / 2))];
        foreach (var (x, y) in options)
        {
            if (x < 0 || y < 0 || x + w > width || y + h > height) continue;
            if (placed.Any(p => x < p.X + p.W && p.X < x + w && y < p.Y + p.H && p.Y < y + h)) continue;
            placed.Add((x, y, w, h));
            return (x, y);
        }
        return null;
    }

    public static string Colour(double? ratio) => ratio switch
    {
        null => "#9aa5b1",
        < 0.5 => "#c0392b",
        < 1.0 => "#e67e22",
        _ => "#27ae60",
    };

    /// <summary>Requests per theme per month, one line per theme that occurs, with a legend.</summary>
    public static string ThemeChart(ThemeInsightsResponse themes, int width = 720, int height = 320)
    {
        var lines = themes.Themes.Where(t => t.PerMonth.Values.Any(v => v > 0)).ToList();
        var highest = Math.Max(1, lines.SelectMany(t => t.PerMonth.Values).DefaultIfEmpty(0).Max());
        // The y-axis has four steps of a whole number of requests, so it reads 0, 2, 4, 6, 8 rather than one number.
        var step = (int)Math.Ceiling(highest / 4.0);
        var max = step * 4;
        var months = themes.Months;
        var svg = new StringBuilder($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height + (lines.Count * 18)}\" role=\"img\" aria-labelledby=\"thema-titel\" class=\"chart\">");
        svg.Append("<title id=\"thema-titel\">Vragen per thema per maand (hulpvragen en spreekuur)</title>");
        double X(int i) => 40 + (i * (width - 60) / Math.Max(1.0, months.Count - 1));
        double Y(int v) => height - 30 - (v * (height - 50) / (double)max);
        svg.Append(Invariant, $"<line x1=\"40\" y1=\"{height - 30}\" x2=\"{width - 20}\" y2=\"{height - 30}\" stroke=\"#000\"/>");
        for (var i = 0; i < months.Count; i++)
            svg.Append(Invariant, $"<text x=\"{X(i):0.0}\" y=\"{height - 12}\" text-anchor=\"middle\" font-size=\"10\">{months[i][2..]}</text>");
        for (var v = 0; v <= max; v += step)
        {
            svg.Append(Invariant, $"<line x1=\"40\" y1=\"{Y(v):0.0}\" x2=\"{width - 20}\" y2=\"{Y(v):0.0}\" stroke=\"#d0d7de\"/>");
            svg.Append(Invariant, $"<text x=\"34\" y=\"{Y(v) + 4:0.0}\" text-anchor=\"end\" font-size=\"10\">{v}</text>");
        }
        svg.Append(Invariant, $"<text x=\"4\" y=\"12\" font-size=\"10\">hulpvragen</text>");
        for (var t = 0; t < lines.Count; t++)
        {
            var colour = Palette[t % Palette.Length];
            var points = string.Join(' ', months.Select((m, i) => string.Create(Invariant, $"{X(i):0.0},{Y(lines[t].PerMonth[m]):0.0}")));
            svg.Append(Invariant, $"<polyline class=\"theme-line\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{(lines[t].Rising ? 4 : 2)}\" points=\"{points}\"><title>{WebUtility.HtmlEncode(lines[t].Explanation)}</title></polyline>");
            svg.Append(Invariant, $"<rect x=\"40\" y=\"{height + (t * 18) - 8}\" width=\"12\" height=\"12\" fill=\"{colour}\"/>");
            svg.Append(Invariant, $"<text x=\"58\" y=\"{height + (t * 18) + 2}\" font-size=\"12\">{WebUtility.HtmlEncode(lines[t].Theme)}{(lines[t].Rising ? " (stijgt)" : "")}</text>");
        }
        return svg.Append("</svg>").ToString();
    }
}
