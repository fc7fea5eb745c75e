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
        return routes;
    }

    public static async Task<Results<Ok<WijkReportResponse>, FileContentHttpResult, ValidationProblem>> Wijk(
        IQuerySession session, AreaDirectory areas, TimeProvider clock, HttpContext context, CancellationToken ct,
        string? wijk = null, DateTimeOffset? from = null, DateTimeOffset? to = null, string? format = null)
    {
        var errors = InsightsApi.Period(clock, from, to, out var start, out var end) ?? [];
        if (string.IsNullOrWhiteSpace(wijk)) errors["wijk"] = ["Required: one of the wijken of GET /api/v1/areas."];
        else if (!areas.Current.All.Any(a => string.Equals(a.Wijk, wijk.Trim(), StringComparison.OrdinalIgnoreCase))) errors["wijk"] = ["Unknown wijk; use one of the wijken of GET /api/v1/areas."];
        if (format is not null and not "xlsx" and not "json") errors["format"] = ["Must be xlsx or json."];
        if (errors.Count > 0) return Problems.Validation(errors);

        var report = await WijkReport.BuildAsync(session, areas.Current, wijk!.Trim(), start, end, ct);
        var wantsXlsx = format == "xlsx" || (format is null && context.Request.Headers.Accept.ToString().Contains(XlsxTable.ContentType, StringComparison.OrdinalIgnoreCase));
        if (!wantsXlsx) return TypedResults.Ok(report);
        var file = XlsxTable.Write(report.Sheets.Select(s => (s.Name, (IEnumerable<IReadOnlyList<string>>)s.Rows)));
        return TypedResults.File(file, XlsxTable.ContentType, $"bronbank-rapportage-{report.Wijk.ToLowerInvariant().Replace(' ', '-')}.xlsx");
    }
}
