using Bronbank.Matching;
using Bronbank.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Search;

public sealed record IndexStatusResponse(
    string Health, int Documents, long LastAppliedChange, long LatestChange, long Lag, double? SecondsSinceLastApply,
    string? DatabaseId, string AnalyzerVersion, bool Rebuilding, IReadOnlyDictionary<string, long> ChangesApplied);

public static class IndexApi
{
    public static IEndpointRouteBuilder MapIndexStatus(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/index/status", Status).WithTags("Index").RequireAuthorization(Policies.Admin).WithName("IndexStatus")
            .WithSummary("This instance's search index: documents, last applied change, lag behind the database, and changes applied per consumer")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        routes.MapPost("/api/v1/index/rebuild", Rebuild).Audited("index-rebuilt", "index").WithTags("Index").WithName("RebuildIndex")
            .WithSummary("Rebuild this instance's index from PostgreSQL now, and say how long it took (admin)")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    public sealed record RebuildResponse(int Documents, double Seconds);

    public static async Task<Results<Ok<RebuildResponse>, ProblemHttpResult>> Rebuild(SearchIndex search, IndexSynchronizer synchronizer, CancellationToken ct)
    {
        if (!search.IsReady)
            return TypedResults.Problem("The search index is being opened or rebuilt.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Index not ready");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await synchronizer.RebuildNowAsync(ct);
        return TypedResults.Ok(new RebuildResponse(search.Index.DocumentCount, Math.Round(clock.Elapsed.TotalSeconds, 2)));
    }

    public static async Task<Results<Ok<IndexStatusResponse>, ProblemHttpResult>> Status(
        SearchIndex search, IndexSynchronizer synchronizer, CancellationToken ct)
    {
        if (!search.IsReady)
            return TypedResults.Problem("The search index is being opened or rebuilt.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Index not ready");
        var index = search.Index;
        var latest = await synchronizer.LatestChangeAsync(ct);
        return TypedResults.Ok(new IndexStatusResponse(
            index.Health.ToString(), index.DocumentCount, synchronizer.Position, latest, Math.Max(0, latest - synchronizer.Position),
            search.LastAppliedAt is { } at ? Math.Round((DateTimeOffset.UtcNow - at).TotalSeconds, 3) : null,
            index.DatabaseId, VolunteerIndex.AnalyzerVersion, search.Rebuilding, synchronizer.Applied));
    }
}
