using Bronbank.Domain.Activities;
using Bronbank.Domain.Buurthuizen;
using Bronbank.Domain.Validation;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Activities;

/// <summary>Activities and spreekuren (bouwblokken): what happens where and when, for whom, run by whom.</summary>
public static class ActivityApi
{
    public const int MaxListed = 1000;

    public static IEndpointRouteBuilder MapActivityApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/activities").WithTags("Activities").RequireAuthorization(ActivityPolicies.Use)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPost("/", Create).Audited("created", "activity").WithName("CreateActivity")
            .WithSummary("Record an activity or spreekuur in a registered buurthuis, with its schedule and target groups");
        group.MapGet("/", List).WithName("ListActivities")
            .WithSummary("Activities, optionally of one buurthuis, area, kind or target group; q searches them with the matcher's Dutch analysis (boards: their own buurthuizen)");
        group.MapGet("/{id}", Get).WithName("GetActivity").WithSummary("Read one activity");
        group.MapPut("/{id}", Update).Audited("updated", "activity").WithName("UpdateActivity")
            .WithSummary("Replace an activity (send If-Match with the ETag you read to avoid overwriting someone else's change)");
        group.MapDelete("/{id}", Delete).Audited("deleted", "activity").WithName("DeleteActivity").WithSummary("Remove an activity");
        return routes;
    }

    public static async Task<Results<Created<ActivityResponse>, ValidationProblem, ProblemHttpResult>> Create(
        ActivityDraft draft, ActivityService activities, HttpContext context, CancellationToken ct)
    {
        var outcome = await activities.CreateAsync(draft, context.User, ct);
        if (outcome.Failure is { } failure) return Problems.Failed<Created<ActivityResponse>>(failure);
        var (activity, buurthuis) = outcome.Value;
        ETags.Set(context, activity.Version);
        return TypedResults.Created($"/api/v1/activities/{activity.Id}", activity.AsResponse(buurthuis));
    }

    public static async Task<Results<Ok<List<ActivityResponse>>, ValidationProblem>> List(
        IQuerySession session, AreaDirectory areas, ActivitySearch search, HttpContext context, CancellationToken ct,
        string? buurthuisId = null, string? area = null, string? kind = null, string? targetGroup = null, string? q = null)
    {
        var errors = new ErrorBag();
        var buurthuis = errors.OptionalId("buurthuisId", buurthuisId);
        errors.KnownArea("area", area, areas.Current);
        var parsedKind = WireNames.Parse<ActivityKind>(kind);
        if (kind is not null && parsedKind is null) errors.Add("kind", $"One of {WireNames.Choices<ActivityKind>()}.");
        errors.Text("q", q, required: false, 500);
        errors.Text("targetGroup", targetGroup, required: false, 100);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        var places = (await session.Query<Buurthuis>().ToListAsync(ct)).ToDictionary(b => b.Id);
        IQueryable<Activity> query = session.Query<Activity>();
        if (buurthuis is { } b) query = query.Where(a => a.BuurthuisId == b);
        if (parsedKind is { } k) query = query.Where(a => a.Kind == k);
        var found = await query.Take(MaxListed).ToListAsync(ct);
        var group = targetGroup?.Trim().ToLowerInvariant();
        var areaName = areas.Current.Find(area)?.Name;
        var visible = found.Where(a => places.ContainsKey(a.BuurthuisId) && ActivityAccess.MayUse(context.User, places[a.BuurthuisId]))
            .Where(a => areaName is null || places[a.BuurthuisId].Area == areaName)
            .Where(a => string.IsNullOrEmpty(group) || a.TargetGroups.Contains(group));
        IEnumerable<Activity> ordered;
        if (!string.IsNullOrWhiteSpace(q))
        {
            // Ranked by this instance's activity index (kept in step by the change feed); the database decides what exists.
            var ranked = (await search.IndexAsync(ct)).Search(q, MaxListed).Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            ordered = visible.Where(a => ranked.ContainsKey(a.Id)).OrderBy(a => ranked[a.Id]);
        }
        else
        {
            ordered = visible.OrderBy(a => places[a.BuurthuisId].Name, StringComparer.CurrentCultureIgnoreCase)
                .ThenBy(a => a.Schedule.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)a.Schedule.DayOfWeek).ThenBy(a => a.Schedule.Start).ThenBy(a => a.Title, StringComparer.CurrentCulture);
        }
        return TypedResults.Ok(ordered.Select(a => a.AsResponse(places[a.BuurthuisId])).ToList());
    }

    public static async Task<Results<Ok<ActivityResponse>, ValidationProblem, ProblemHttpResult>> Get(
        string id, IQuerySession session, HttpContext context, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        var activity = await session.LoadAsync<Activity>(guid, ct);
        if (activity is null) return Problems.NotFound($"No activity with id {guid}.");
        var buurthuis = await session.LoadAsync<Buurthuis>(activity.BuurthuisId, ct);
        if (!ActivityAccess.MayUse(context.User, buurthuis)) return Problems.State(new Failure(FailureKind.Forbidden, ActivityAccess.Forbidden));
        ETags.Set(context, activity.Version);
        return TypedResults.Ok(activity.AsResponse(buurthuis));
    }

    public static async Task<Results<Ok<ActivityResponse>, ValidationProblem, ProblemHttpResult>> Update(
        string id, ActivityDraft draft, ActivityService activities, HttpContext context, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        var outcome = await activities.UpdateAsync(guid, draft, ETags.ExpectedVersion(context.Request), context.User, ct);
        if (outcome.Failure is { } failure) return Problems.Failed<Ok<ActivityResponse>>(failure);
        var (activity, buurthuis) = outcome.Value;
        ETags.Set(context, activity.Version);
        return TypedResults.Ok(activity.AsResponse(buurthuis));
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(
        string id, ActivityService activities, HttpContext context, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        return await activities.DeleteAsync(guid, context.User, ct) is { } failure ? Problems.State(failure) : TypedResults.NoContent();
    }
}
