using Bronbank.Domain.Requests;
using Bronbank.Domain.Validation;
using Bronbank.Matching;
using Bronbank.Web.Accounts;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Storage;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Search;

/// <summary>Ranked volunteers for a help request, with the reasons, and free search of the pool.</summary>
public static class CandidateApi
{
    public const int MaxLimit = 50;

    /// <summary>Set to <c>true</c> on answers made from the index while the database is unreachable: they may miss the latest changes.</summary>
    public const string StaleHeader = "Bronbank-Stale";

    public static IEndpointRouteBuilder MapCandidates(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/requests/{id}/candidates", ForRequest).WithTags("Candidates").RequireAuthorization(Policies.Coordination).WithName("RequestCandidates").AddEndpointFilter(MarkPossiblyStale)
            .WithSummary("The volunteers who fit a saved help request best, with the reasons (engine=baseline for PostgreSQL full-text search)")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        routes.MapPost("/api/v1/candidates", ForDraft).WithTags("Candidates").RequireAuthorization(Policies.Coordination).WithName("TryCandidates").AddEndpointFilter(MarkPossiblyStale)
            .WithSummary("Candidates for an unsaved help request, to try a question before saving it")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        routes.MapGet("/api/v1/volunteers/search", SearchPool).WithTags("Candidates").RequireAuthorization(Policies.ProfilesRead).WithName("SearchVolunteers").AddEndpointFilter(MarkPossiblyStale)
            .WithSummary("Free search of the volunteer pool with the matcher's Dutch analysis")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    public static async Task<Results<Ok<CandidatesResponse>, ValidationProblem, ProblemHttpResult>> ForRequest(
        string id, IQuerySession session, SearchIndex search, AreaDirectory areas, BaselineSearch baseline,
        RecentRequests recent, CancellationToken ct, int limit = 10, string? engine = null)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        CheckLimit(errors, limit);
        if (engine is not null and not "bronbank" and not "baseline") errors["engine"] = ["One of bronbank, baseline."];
        if (errors.Count > 0) return Problems.Validation(errors);
        // The request's words come from this instance's copy when it has one (kept in step by the change feed
        // and by this instance's own writes), so answering costs no database round trip, also during an outage.
        var request = engine == "baseline" ? null : recent.Find(guid);
        if (request is null)
        {
            // A database that is away surfaces as a 503 (and marks the database unreachable) in the exception handler.
            var started = RecentRequests.ReadStarted();
            var loaded = await session.LoadAsync<HelpRequest>(guid, ct);
            if (loaded is null) return Problems.NotFound($"No help request with id {guid}.");
            recent.Remember(loaded, started);
            request = RecentRequests.Snapshot.Of(loaded);
        }

        var query = ToQuery(request.Question, request.Neighbourhood, request.Availability, request.Languages, limit, areas);
        if (engine == "baseline") return TypedResults.Ok((await baseline.FindAsync(query, ct)).AsResponse());
        return TypedResults.Ok(search.FindCandidates(query).AsResponse());
    }

    public static Results<Ok<CandidatesResponse>, ValidationProblem> ForDraft(
        HelpRequestDraft draft, SearchIndex search, AreaDirectory areas, int limit = 10)
    {
        var errors = draft.Validate(areas.Current);
        CheckLimit(errors, limit);
        if (errors.Count > 0) return Problems.Validation(errors);
        var request = draft.Normalize(areas.Current);
        var query = ToQuery(request.Question!, request.Neighbourhood!, request.Availability!.OfType<string>().ToList(),
            request.Languages!.OfType<string>().ToList(), limit, areas);
        return TypedResults.Ok(search.FindCandidates(query).AsResponse());
    }

    public static Results<Ok<CandidatesResponse>, ValidationProblem> SearchPool(
        SearchIndex search, AreaDirectory areas, string? q = null, string? neighbourhood = null, string? dayPart = null,
        string? language = null, string? buurthuis = null, int limit = 20)
    {
        var errors = new ErrorBag();
        errors.Text("q", q, required: false, 500);
        if (neighbourhood is not null && areas.Current.Find(neighbourhood) is null) errors.Add("neighbourhood", $"Unknown area '{neighbourhood}'.");
        if (dayPart is not null && !DayParts.IsValid(dayPart.Trim().ToLowerInvariant())) errors.Add("dayPart", "Not a day-part such as di-ochtend.");
        if (language is not null && !LanguageCodes.IsValid(language)) errors.Add("language", "Not an ISO 639 language code.");
        if (limit is < 1 or > MaxLimit) errors.Add("limit", $"Must be between 1 and {MaxLimit}.");
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        var poolSearch = new PoolSearch(q, areas.Current.Find(neighbourhood)?.Name, dayPart?.Trim().ToLowerInvariant(),
            language?.Trim().ToLowerInvariant(), buurthuis?.Trim(), limit);
        return TypedResults.Ok(search.Index.Search(poolSearch).AsResponse());
    }

    private static async ValueTask<object?> MarkPossiblyStale(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (!context.HttpContext.RequestServices.GetRequiredService<DatabaseState>().Reachable)
            context.HttpContext.Response.Headers[StaleHeader] = "true";
        return result;
    }

    private static void CheckLimit(Dictionary<string, string[]> errors, int limit)
    {
        if (limit is < 1 or > MaxLimit) errors["limit"] = [$"Must be between 1 and {MaxLimit}."];
    }

    public static CandidateQuery ToQuery(string question, string neighbourhood, IReadOnlyList<string> availability,
        IReadOnlyList<string> languages, int limit, AreaDirectory areas)
    {
        var area = areas.Current.Find(neighbourhood);
        return new CandidateQuery(question, area?.Name ?? neighbourhood, area is null ? null : new GeoPoint(area.Lat, area.Lon),
            availability, languages, limit);
    }
}
