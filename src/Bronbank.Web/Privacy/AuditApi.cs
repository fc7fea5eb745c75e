using Bronbank.Web.Infrastructure;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Privacy;

public sealed record AuditEntryResponse(DateTimeOffset At, string Actor, string Action, string SubjectType, Guid? SubjectId);

public static class AuditApi
{
    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/audit", Query).WithTags("Privacy").WithName("QueryAudit")
            .WithSummary("Who viewed or changed which profile, request or match, and when (admin)")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        return routes;
    }

    public static async Task<Results<Ok<PageOf<AuditEntryResponse>>, ValidationProblem>> Query(
        IQuerySession session, CancellationToken ct,
        string? subject = null, string? actor = null, DateTimeOffset? from = null, DateTimeOffset? to = null, int page = 1, int pageSize = 50)
    {
        var errors = Paging.Validate(page, pageSize);
        var subjectId = errors.OptionalId("subject", subject);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        IQueryable<AuditEntry> query = session.Query<AuditEntry>();
        if (subjectId is { } sid) query = query.Where(e => e.SubjectId == sid);
        if (!string.IsNullOrWhiteSpace(actor)) query = query.Where(e => e.Actor == actor);
        if (from is { } f) query = query.Where(e => e.At >= f);
        if (to is { } t) query = query.Where(e => e.At < t);
        var result = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).ToPagedListAsync(page, pageSize, ct);
        return TypedResults.Ok(new PageOf<AuditEntryResponse>(
            [.. result.Select(e => new AuditEntryResponse(e.At, e.Actor, e.Action, e.SubjectType, e.SubjectId))], page, pageSize, result.TotalItemCount));
    }
}
