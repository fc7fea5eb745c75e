using Bronbank.Web.Accounts;
using Bronbank.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Privacy;

public static class PrivacyApi
{
    public static IEndpointRouteBuilder MapPrivacyApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/volunteers/{id}/export", Export).WithTags("Privacy").WithName("ExportVolunteer")
            .WithSummary("Everything Bronbank holds about a volunteer: profile, consent history, matches with their events")
            .RequireAuthorization(Policies.Privacy).Audited("exported", "volunteer")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        return routes;
    }

    public static async Task<Results<Ok<VolunteerExport>, ValidationProblem, ProblemHttpResult>> Export(
        string id, PrivacyService privacy, IAuditLog audit, HttpContext context, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        var export = await privacy.ExportAsync(guid, ct);
        if (export is null) return Problems.NotFound($"No volunteer with id {guid}.");
        if (export.Profile is { Email: not null } or { Phone: not null })
            audit.Record(context.User, Volunteers.ContactDetailRule.AuditAction, "volunteer", guid);
        return TypedResults.Ok(export);
    }
}
