using System.Text;
using Bronbank.Domain.Validation;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Infrastructure.Tables;
using Bronbank.Web.Insights;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Reports;

public static class ReportApi
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/reports/wijk", Wijk).Audited("reported", "wijk").WithTags("Reports").RequireAuthorization(Policies.Insights)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .Produces(StatusCodes.Status200OK, contentType: XlsxTable.ContentType)
            .WithName("WijkReport")
            .WithSummary("A wijk's report for the gemeente, counts under 5 shown as '< 5'; .xlsx (one sheet per topic) with format=xlsx or Accept of the xlsx type");
        routes.MapGet("/api/v1/reports/blind-spots", BlindSpots).Audited("reported", "blind-spots").WithTags("Reports").RequireAuthorization(Policies.Insights)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .Produces(StatusCodes.Status200OK, contentType: XlsxTable.ContentType).Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithName("BlindSpotReport")
            .WithSummary("The yearly blind-spot check per wijk and per area: volunteers, requests, activities and spreekuren per week, buurthuizen, blind spot and reason; counts of people under 5 shown as '< 5'; .xlsx with format=xlsx, CSV (per area) with format=csv, or by Accept");
        return routes;
    }

    public static async Task<Results<Ok<WijkReportResponse>, FileContentHttpResult, ValidationProblem>> Wijk(
        IQuerySession session, AreaDirectory areas, TimeProvider clock, HttpContext context, CancellationToken ct,
        string? wijk = null, DateTimeOffset? from = null, DateTimeOffset? to = null, string? format = null)
    {
        var errors = new ErrorBag();
        var period = InsightsApi.Period(clock, from, to, out var start, out var end);
        foreach (var (field, messages) in period ?? []) errors.Add(field, messages[0]);
        if (string.IsNullOrWhiteSpace(wijk)) errors.Add("wijk", "Required: one of the wijken of GET /api/v1/areas.");
        var known = string.IsNullOrWhiteSpace(wijk) ? null : errors.KnownWijk("wijk", wijk, areas.Current);
        if (format is not null and not "xlsx" and not "json") errors.Add("format", "Must be xlsx or json.");
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        var report = await WijkReport.BuildAsync(session, areas.Current, known!, start, end, ct);
        var wantsXlsx = format == "xlsx" || (format is null && context.Request.Headers.Accept.ToString().Contains(XlsxTable.ContentType, StringComparison.OrdinalIgnoreCase));
        if (!wantsXlsx) return TypedResults.Ok(report);
        var file = XlsxTable.Write(report.Sheets.Select(s => (s.Name, (IEnumerable<IReadOnlyList<string>>)s.Rows)));
        return TypedResults.File(file, XlsxTable.ContentType, $"bronbank-rapportage-{report.Wijk.ToLowerInvariant().Replace(' ', '-')}.xlsx");
    }

    public static async Task<Results<Ok<BlindSpotReportResponse>, FileContentHttpResult, ValidationProblem>> BlindSpots(
        IQuerySession session, AreaDirectory areas, TimeProvider clock, HttpContext context, CancellationToken ct, int? year = null, string? format = null)
    {
        var errors = new ErrorBag();
        var thisYear = clock.GetUtcNow().Year;
        if (year is < BlindSpotReport.FirstYear || year > thisYear) errors.Add("year", $"A year from {BlindSpotReport.FirstYear} to {thisYear}.");
        if (format is not null and not "xlsx" and not "csv" and not "json") errors.Add("format", "Must be xlsx, csv or json.");
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        var report = await BlindSpotReport.BuildAsync(session, areas.Current, year ?? thisYear, ct);
        var accept = context.Request.Headers.Accept.ToString();
        var chosen = format ?? (accept.Contains(XlsxTable.ContentType, StringComparison.OrdinalIgnoreCase) ? "xlsx" : accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "json");
        var name = $"bronbank-blinde-vlekken-{report.Year}";
        return chosen switch
        {
            "xlsx" => TypedResults.File(XlsxTable.Write(report.Sheets.Select(s => (s.Name, (IEnumerable<IReadOnlyList<string>>)s.Rows))), XlsxTable.ContentType, name + ".xlsx"),
            "csv" => TypedResults.File(Encoding.UTF8.GetBytes(CsvTable.Write(report.Sheets.Single(s => s.Name == BlindSpotReport.PerArea).Rows)), "text/csv; charset=utf-8", name + ".csv"),
            _ => TypedResults.Ok(report),
        };
    }
}
