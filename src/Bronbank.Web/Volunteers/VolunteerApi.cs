using Bronbank.Domain.Volunteers;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Volunteers;

public static class VolunteerApi
{
    public static RouteGroupBuilder MapVolunteerApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/volunteers").WithTags("Volunteers")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/", Create).RequireAuthorization(Policies.ProfilesWrite).Audited("created", "volunteer").WithName("CreateVolunteer").WithSummary("Record a volunteer profile after an intake");
        group.MapGet("/", List).RequireAuthorization(Policies.ProfilesRead).Audited("listed", "volunteer").WithName("ListVolunteers").WithSummary("List volunteer profiles, a page at a time");
        group.MapGet("/{id}", Get).RequireAuthorization(Policies.ProfilesRead).Audited("viewed", "volunteer").WithName("GetVolunteer").WithSummary("Read one volunteer profile");
        group.MapPut("/{id}", Update).RequireAuthorization(Policies.ProfilesWrite).Audited("updated", "volunteer").WithName("UpdateVolunteer")
            .WithSummary("Replace a volunteer profile (send If-Match with the ETag you read to avoid overwriting someone else's change)");
        // DELETE /{id} is erasure, mapped by Privacy (PrivacyApi.EraseVolunteer) under this same tag.
        return group;
    }

    public static async Task<Results<Created<VolunteerResponse>, ValidationProblem, ProblemHttpResult>> Create(
        VolunteerDraft draft, VolunteerService volunteers, HttpContext context, CancellationToken ct)
    {
        var outcome = await volunteers.CreateAsync(draft, context.User.ActorId(), ct);
        if (outcome.Failure is { } failure) return Problems.Failed<Created<VolunteerResponse>>(failure);
        ETags.Set(context, outcome.Value!.Version);
        return TypedResults.Created($"/api/v1/volunteers/{outcome.Value.Id}", outcome.Value.AsResponse());
    }

    public static async Task<Results<Ok<VolunteerResponse>, ValidationProblem, ProblemHttpResult>> Get(
        string id, IQuerySession session, IAuditLog audit, HttpContext context, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        var volunteer = await session.LoadAsync<Volunteer>(guid, ct);
        if (volunteer is null) return Problems.NotFound($"No volunteer with id {guid}.");
        ETags.Set(context, volunteer.Version);
        return TypedResults.Ok(AsResponseFor(context.User, volunteer, audit));
    }

    public static async Task<Results<Ok<PageOf<VolunteerResponse>>, ValidationProblem>> List(
        IQuerySession session, AreaDirectory areas, IAuditLog audit, HttpContext context, CancellationToken ct,
        string? neighbourhood = null, string? buurthuis = null, bool? active = null, int page = 1, int pageSize = 20)
    {
        var errors = Paging.Validate(page, pageSize);
        var area = errors.KnownArea("neighbourhood", neighbourhood, areas.Current);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        IQueryable<Volunteer> query = session.Query<Volunteer>();
        if (area is not null) query = query.Where(v => v.Neighbourhood == area.Name);
        if (!string.IsNullOrWhiteSpace(buurthuis)) query = query.Where(v => v.Buurthuis != null && v.Buurthuis.Equals(buurthuis.Trim(), StringComparison.OrdinalIgnoreCase));
        if (active is not null) query = query.Where(v => v.Active == active);
        var result = await query.OrderBy(v => v.Name).ThenBy(v => v.Id).ToPagedListAsync(page, pageSize, ct);
        return TypedResults.Ok(new PageOf<VolunteerResponse>([.. result.Select(v => AsResponseFor(context.User, v, audit))], page, pageSize, result.TotalItemCount));
    }

    public static async Task<Results<Ok<VolunteerResponse>, ValidationProblem, ProblemHttpResult>> Update(
        string id, VolunteerDraft draft, VolunteerService volunteers, HttpContext context, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        var outcome = await volunteers.UpdateAsync(guid, draft, ETags.ExpectedVersion(context.Request), context.User.ActorId(), ct);
        if (outcome.Failure is { } failure) return Problems.Failed<Ok<VolunteerResponse>>(failure);
        ETags.Set(context, outcome.Value!.Version);
        return TypedResults.Ok(outcome.Value.AsResponse());
    }

    /// <summary>The profile with contact details only for those who may read them; each such read is audited.</summary>
    private static VolunteerResponse AsResponseFor(System.Security.Claims.ClaimsPrincipal user, Volunteer volunteer, IAuditLog audit)
    {
        if (ContactDetailRule.Shows(user, volunteer)) audit.Record(user, ContactDetailRule.AuditAction, "volunteer", volunteer.Id);
        return volunteer.AsResponse(ContactDetailRule.MayRead(user, volunteer));
    }
}
