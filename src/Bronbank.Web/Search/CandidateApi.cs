using Bronbank.Domain.Requests;
using Bronbank.Domain.Validation;
using Bronbank.Matching;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Matches;
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
        var group = routes.MapGroup("/api/v1").WithTags("Candidates").AddEndpointFilter<PossiblyStale>()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/requests/{id}/candidates", ForRequest).RequireAuthorization(Policies.Coordination).WithName("RequestCandidates")
            .WithSummary("The volunteers who fit a saved help request best, with the reasons (engine=baseline for PostgreSQL full-text search)");
        group.MapPost("/candidates", ForDraft).RequireAuthorization(Policies.Coordination).WithName("TryCandidates")
            .WithSummary("Candidates for an unsaved help request, to try a question before saving it");
        group.MapGet("/volunteers/search", SearchPool).RequireAuthorization(Policies.ProfilesRead).WithName("SearchVolunteers")
            .WithSummary("Free search of the volunteer pool with the matcher's Dutch analysis");
        return routes;
    }

    public static async Task<Results<Ok<CandidatesResponse>, ValidationProblem, ProblemHttpResult>> ForRequest(
        string id, IQuerySession session, SearchIndex search, AreaDirectory areas, BaselineSearch baseline,
        RecentRequests recent, DatabaseState database, Activities.ActivitySearch activities, CancellationToken ct, int limit = 10, string? engine = null)
    {
        var errors = new ErrorBag();
        var guid = errors.Id("id", id);
        errors.Limit(limit, MaxLimit);
        if (engine is not null and not "bronbank" and not "baseline") errors.Add("engine", "One of bronbank, baseline.");
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());
        // The request's words come from this instance's copy when it has one (kept in step by the change feed),
        // so answering costs no database round trip, also during an outage.
        RequestWords? request = engine == "baseline" ? null : recent.Find(guid);
        if (request is null)
        {
            // A database that is away surfaces as a 503 (and marks the database unreachable) in the exception handler.
            var started = RecentRequests.ReadStarted();
            var loaded = await session.LoadAsync<HelpRequest>(guid, ct);
            if (loaded is null) return Problems.NotFound($"No help request with id {guid}.");
            recent.Remember(loaded, started);
            request = RequestWords.Of(loaded);
        }

        var query = request.ToQuery(limit, areas.Current);
        var candidates = engine == "baseline" ? await baseline.FindAsync(query, ct) : search.FindCandidates(query);
        // Who is already proposed or linked: from the database when it is there; during an outage the list is
        // answered from the index without the marks (proposing needs the database anyway).
        var open = database.Reachable ? await MatchQueries.OpenByVolunteerAsync(session, guid, ct) : null;
        return TypedResults.Ok(candidates.AsResponse(open).WithActivities(await activities.FindAsync(request.ToActivityQuery(areas.Current), ct)));
    }

    public static async Task<Results<Ok<CandidatesResponse>, ValidationProblem>> ForDraft(
        HelpRequestDraft draft, SearchIndex search, AreaDirectory areas, Activities.ActivitySearch activities, CancellationToken ct, int limit = 10)
    {
        var errors = new ErrorBag();
        errors.AddAll(draft.Validate(areas.Current));
        errors.Limit(limit, MaxLimit);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());
        var words = RequestWords.Of(draft, areas.Current);
        return TypedResults.Ok(search.FindCandidates(words.ToQuery(limit, areas.Current)).AsResponse()
            .WithActivities(await activities.FindAsync(words.ToActivityQuery(areas.Current), ct)));
    }

    public static Results<Ok<CandidatesResponse>, ValidationProblem> SearchPool(
        SearchIndex search, AreaDirectory areas, string? q = null, string? neighbourhood = null, string? dayPart = null,
        string? language = null, string? buurthuis = null, int limit = 20)
    {
        var errors = new ErrorBag();
        errors.Text("q", q, required: false, 500);
        var area = errors.KnownArea("neighbourhood", neighbourhood, areas.Current);
        if (dayPart is not null && !DayParts.IsValid(dayPart.Trim().ToLowerInvariant())) errors.Add("dayPart", "Not a day-part such as di-ochtend.");
        if (language is not null && !LanguageCodes.IsValid(language)) errors.Add("language", "Not an ISO 639 language code.");
        errors.Limit(limit, MaxLimit);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        var poolSearch = new PoolSearch(q, area?.Name, dayPart?.Trim().ToLowerInvariant(),
            language?.Trim().ToLowerInvariant(), buurthuis?.Trim(), limit);
        return TypedResults.Ok(search.Search(poolSearch).AsResponse());
    }

    /// <summary>Marks answers made while the database is unreachable: they come from the index and may miss the latest changes.</summary>
    private sealed class PossiblyStale(DatabaseState database) : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            var result = await next(context);
            if (!database.Reachable) context.HttpContext.Response.Headers[StaleHeader] = "true";
            return result;
        }
    }
}
