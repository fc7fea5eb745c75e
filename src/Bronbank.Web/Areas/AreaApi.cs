using Bronbank.Domain.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Storage;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Areas;

public static class AreaApi
{
    public static RouteGroupBuilder MapAreas(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/areas").WithTags("Areas");
        group.MapGet("/", List).AllowAnonymous().WithName("ListAreas").WithSummary("The configured areas (wijken and buurten) with their centroids");
        group.MapPut("/", Replace).Audited("areas-replaced", "areas").RequireAuthorization(Policies.Admin).WithName("ReplaceAreas").WithSummary("Replace the whole set of areas (admin)")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    public static Ok<IReadOnlyList<Area>> List(AreaDirectory areas) => TypedResults.Ok(areas.Current.All);

    public static async Task<Results<Ok<IReadOnlyList<Area>>, ValidationProblem>> Replace(
        List<Area> areas, AreaDirectory directory, IDocumentSession session, CancellationToken ct)
    {
        var errors = AreaCatalog.Validate(areas);
        if (errors.Count > 0) return Problems.Validation(errors);
        var cleaned = areas.Select(a => a with { Name = a.Name.Trim(), Wijk = a.Wijk.Trim() }).ToList();
        await directory.ReplaceAsync(session, cleaned, ct);
        return TypedResults.Ok(directory.Current.All);
    }
}
