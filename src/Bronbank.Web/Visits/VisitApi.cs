using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Visits;

public static class VisitApi
{
    public static IEndpointRouteBuilder MapVisitApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/visits").WithTags("Spreekuur").RequireAuthorization(SpreekuurPolicy.Name)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPost("/", Create).WithName("CreateVisit").WithSummary("Log a walk-in visit at an inloopspreekuur (no names: fields that name a visitor are refused)");
        group.MapGet("/", List).WithName("ListVisits").WithSummary("Visits between two dates (default today), optionally in one area");
        group.MapDelete("/{id}", Delete).WithName("DeleteVisit").WithSummary("Undo a visit you logged");

        var referrals = routes.MapGroup("/api/v1/referral-organisations").WithTags("Spreekuur").RequireAuthorization(SpreekuurPolicy.Name)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        referrals.MapGet("/", Referrals).WithName("ListReferralOrganisations").WithSummary("The organisations visitors can be referred to");
        referrals.MapPut("/", ReplaceReferrals).WithName("ReplaceReferralOrganisations").WithSummary("Replace the list of organisations visitors can be referred to");
        return routes;
    }

    public static async Task<Results<Created<VisitResponse>, ValidationProblem, ProblemHttpResult>> Create(
        VisitDraft draft, VisitService visits, HttpContext context, CancellationToken ct)
    {
        var outcome = await visits.CreateAsync(draft, context.User.ActorId(), ct);
        if (outcome.Failure is { } failure) return Problems.Validation(failure.Errors!);
        return TypedResults.Created($"/api/v1/visits/{outcome.Value!.Id}", outcome.Value.AsResponse());
    }

    public static async Task<Results<Ok<PageOf<VisitResponse>>, ValidationProblem>> List(
        IQuerySession session, AreaDirectory areas, TimeProvider clock, CancellationToken ct,
        DateOnly? from = null, DateOnly? to = null, string? area = null, int page = 1, int pageSize = 100)
    {
        var errors = Paging.Validate(page, pageSize);
        var start = from ?? to ?? Today.In(clock);
        var end = to ?? (from is null ? start : Today.In(clock));
        if (start > end) errors.Add("from", "Must be on or before 'to'.");
        var found = errors.KnownArea("area", area, areas.Current);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        IQueryable<Visit> query = session.Query<Visit>().Where(v => v.Date >= start && v.Date <= end);
        if (found is not null) query = query.Where(v => v.Area == found.Name);
        var result = await query.OrderByDescending(v => v.RecordedAt).ToPagedListAsync(page, pageSize, ct);
        return TypedResults.Ok(new PageOf<VisitResponse>([.. result.Select(v => v.AsResponse())], page, pageSize, result.TotalItemCount));
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(
        string id, VisitService visits, HttpContext context, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        return await visits.DeleteAsync(guid, context.User.ActorId(), ct) is { } failure ? Problems.State(failure) : TypedResults.NoContent();
    }

    public static async Task<Ok<ReferralListResponse>> Referrals(IQuerySession session, CancellationToken ct) =>
        TypedResults.Ok(new ReferralListResponse(await ReferralList.LoadAsync(session, ct)));

    public static async Task<Results<Ok<ReferralListResponse>, ValidationProblem>> ReplaceReferrals(
        ReferralListBody body, VisitService visits, CancellationToken ct)
    {
        var outcome = await visits.ReplaceReferralsAsync(body.Organisations, ct);
        if (outcome.Failure is { } failure) return Problems.Validation(failure.Errors!);
        return TypedResults.Ok(new ReferralListResponse(outcome.Value!));
    }
}
