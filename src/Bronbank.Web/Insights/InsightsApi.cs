using System.Globalization;
using System.Text;
using Bronbank.Domain.Validation;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Infrastructure.Tables;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Insights;

public sealed record AreaInsightsResponse(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<AreaInsight> Areas);

public static class InsightsApi
{
    public static IEndpointRouteBuilder MapInsights(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/insights").WithTags("Insights").RequireAuthorization(Policies.Insights)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/areas", Areas).WithName("AreaInsights")
            .WithSummary("Per area (every configured one, also one with nothing): volunteers, free capacity, requests, unmet requests, median days to a match, supply/demand, top unmet themes, activities and spreekuren per week, buurthuizen, and whether it is a blind spot with the reason (format=csv or xlsx for a download, counts under 5 shown as '< 5')");
        group.MapGet("/themes", Themes).WithName("ThemeInsights").WithSummary("Questions per theme per month from help requests and spreekuur visits together, the split by source, referrals per organisation, and which themes rise above their recent average");
        return routes;
    }

    public static async Task<Results<Ok<AreaInsightsResponse>, FileContentHttpResult, ValidationProblem>> Areas(
        IQuerySession session, AreaDirectory areas, TimeProvider clock, CancellationToken ct, DateTimeOffset? from = null, DateTimeOffset? to = null, string? format = null)
    {
        if (Period(clock, from, to, out var start, out var end) is { } errors) return Problems.Validation(errors);
        var insights = AreaInsights.Compute(await InsightData.LoadAsync(session, start, end, ct), areas.Current);
        if (format == "csv") return TypedResults.File(Encoding.UTF8.GetBytes(CsvTable.Write(Rows(insights))), "text/csv; charset=utf-8", "bronbank-gebieden.csv");
        if (format == "xlsx") return TypedResults.File(XlsxTable.Write("Gebieden", Rows(insights)), XlsxTable.ContentType, "bronbank-gebieden.xlsx");
        return TypedResults.Ok(new AreaInsightsResponse(start, end, insights));
    }

    public static async Task<Results<Ok<ThemeInsightsResponse>, ValidationProblem>> Themes(
        IQuerySession session, AreaDirectory areas, TimeProvider clock, CancellationToken ct, DateTimeOffset? from = null, DateTimeOffset? to = null, string? neighbourhood = null)
    {
        var errors = new ErrorBag();
        var period = Period(clock, from, to, out var start, out var end);
        foreach (var (field, messages) in period ?? []) errors.Add(field, messages[0]);
        var area = errors.KnownArea("neighbourhood", neighbourhood, areas.Current);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());
        var data = await InsightData.LoadAsync(session, start, end, ct);
        if (area is not null) data = data with { Requests = [.. data.Requests.Where(r => r.Neighbourhood == area.Name)], Visits = [.. data.Visits.Where(v => v.Area == area.Name)] };
        return TypedResults.Ok(ThemeInsights.Compute(data));
    }

    /// <summary>Defaults to the last twelve months up to now.</summary>
    public static Dictionary<string, string[]>? Period(TimeProvider clock, DateTimeOffset? from, DateTimeOffset? to, out DateTimeOffset start, out DateTimeOffset end)
    {
        end = to ?? clock.GetUtcNow();
        start = from ?? end.AddMonths(-12);
        if (start >= end) return new() { ["from"] = ["Must be before 'to'."] };
        if (end - start > TimeSpan.FromDays(3660)) return new() { ["from"] = ["A period of at most ten years."] };
        return null;
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// The download's rows. A download leaves the app, so counts of one to four read "&lt; 5", and a median or
    /// ratio over fewer than five cases is left empty, as in the wijk report. Activities and buurthuizen are places, not
    /// people, and stay exact.
    /// </summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(IReadOnlyList<AreaInsight> areas)
    {
        yield return ["gebied", "wijk", "vrijwilligers", "vrije plaatsen", "hulpvragen", "zonder koppeling", "mediaan dagen tot koppeling", "vrijwilligers per hulpvraag", "thema's zonder koppeling",
            "activiteiten per week", "spreekuren per week", "buurthuizen", "blinde vlek", "reden"];
        foreach (var a in areas)
        {
            yield return [a.Area, a.Wijk, SmallCounts.Shown(a.ActiveVolunteers), SmallCounts.Shown(a.FreeCapacity), SmallCounts.Shown(a.Requests), SmallCounts.Shown(a.Unmet),
                a.Matched < SmallCounts.Fewest ? "" : a.MedianDaysToMatch?.ToString(CultureInfo.InvariantCulture) ?? "",
                a.Requests < SmallCounts.Fewest ? "" : a.SupplyDemandRatio?.ToString(CultureInfo.InvariantCulture) ?? "",
                string.Join(", ", a.TopUnmetThemes.Select(t => $"{t.Name} ({SmallCounts.Shown(t.Count)})")),
                Number(a.ActivitiesPerWeek), Number(a.SpreekurenPerWeek), a.Buurthuizen.ToString(CultureInfo.InvariantCulture), a.BlindSpot ? "ja" : "nee", a.BlindSpotReason ?? ""];
        }
    }

}
