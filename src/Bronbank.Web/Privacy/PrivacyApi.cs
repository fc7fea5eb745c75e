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
        // Deleting a profile is erasure, so Privacy answers it; it stays in the Volunteers part of the API reference.
        routes.MapDelete("/api/v1/volunteers/{id}", EraseVolunteer).WithTags("Volunteers").WithName("DeleteVolunteer")
            .WithSummary("Erase a volunteer: profile, free text in their match history, and every search index")
            .RequireAuthorization(Policies.ProfilesWrite).Audited("erased", "volunteer")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
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

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> EraseVolunteer(
        string id, PrivacyService privacy, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        return await privacy.EraseVolunteerAsync(guid, ct) is { } failure ? Problems.State(failure) : TypedResults.NoContent();
    }
}
