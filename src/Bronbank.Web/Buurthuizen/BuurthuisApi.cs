using Bronbank.Domain.Buurthuizen;
using Bronbank.Domain.Validation;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Buurthuizen;

/// <summary>Buurthuizen as places: one of the configured areas, an address, coordinates, when open. Names are unique.</summary>
public static class BuurthuisApi
{
    public static IEndpointRouteBuilder MapBuurthuisApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/buurthuizen").WithTags("Buurthuizen")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPost("/", Create).RequireAuthorization(BuurthuisPolicies.Manage).Audited("created", "buurthuis")
            .WithName("CreateBuurthuis").WithSummary("Register a buurthuis: name (unique), area, address, optional coordinates, opening notes and open day-parts");
        group.MapGet("/", List).RequireAuthorization(BuurthuisPolicies.Read).WithName("ListBuurthuizen").WithSummary("Every registered buurthuis, by name; optionally one area's");
        group.MapGet("/{id}", Get).RequireAuthorization(BuurthuisPolicies.Read).WithName("GetBuurthuis").WithSummary("Read one buurthuis");
        group.MapPut("/{id}", Update).RequireAuthorization(BuurthuisPolicies.Manage).Audited("updated", "buurthuis")
            .WithName("UpdateBuurthuis").WithSummary("Replace a buurthuis; a new name is carried to its volunteers and board members");
        group.MapDelete("/{id}", Delete).RequireAuthorization(BuurthuisPolicies.Manage).Audited("deleted", "buurthuis")
            .WithName("DeleteBuurthuis").WithSummary("Remove a buurthuis that no volunteer, activity or board member uses any more");
        return routes;
    }

    public static async Task<Results<Created<BuurthuisResponse>, ValidationProblem, ProblemHttpResult>> Create(
        BuurthuisDraft draft, BuurthuisService buurthuizen, AreaDirectory areas, CancellationToken ct)
    {
        var outcome = await buurthuizen.CreateAsync(draft, ct);
        if (outcome.Failure is { } failure) return Problems.Failed<Created<BuurthuisResponse>>(failure);
        return TypedResults.Created($"/api/v1/buurthuizen/{outcome.Value!.Id}", outcome.Value.AsResponse(areas.Current));
    }

    public static async Task<Results<Ok<List<BuurthuisResponse>>, ValidationProblem>> List(
        IQuerySession session, AreaDirectory areas, CancellationToken ct, string? area = null)
    {
        var errors = new ErrorBag();
        var found = errors.KnownArea("area", area, areas.Current);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());
        IQueryable<Buurthuis> query = session.Query<Buurthuis>();
        if (found is not null) query = query.Where(b => b.Area == found.Name);
        var all = await query.ToListAsync(ct);
        return TypedResults.Ok(all.OrderBy(b => b.Name, StringComparer.CurrentCultureIgnoreCase).Select(b => b.AsResponse(areas.Current)).ToList());
    }

    public static async Task<Results<Ok<BuurthuisResponse>, ValidationProblem, ProblemHttpResult>> Get(
        string id, IQuerySession session, AreaDirectory areas, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        var buurthuis = await session.LoadAsync<Buurthuis>(guid, ct);
        if (buurthuis is null) return Problems.NotFound($"No buurthuis with id {guid}.");
        return TypedResults.Ok(buurthuis.AsResponse(areas.Current));
    }

    public static async Task<Results<Ok<BuurthuisResponse>, ValidationProblem, ProblemHttpResult>> Update(
        string id, BuurthuisDraft draft, BuurthuisService buurthuizen, AreaDirectory areas, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        var outcome = await buurthuizen.UpdateAsync(guid, draft, ct);
        if (outcome.Failure is { } failure) return Problems.Failed<Ok<BuurthuisResponse>>(failure);
        return TypedResults.Ok(outcome.Value!.AsResponse(areas.Current));
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(string id, BuurthuisService buurthuizen, CancellationToken ct)
    {
        if (!Ids.TryParse(id, out var guid, out var errors)) return Problems.Validation(errors);
        var failure = await buurthuizen.DeleteAsync(guid, ct);
        return failure is null ? TypedResults.NoContent() : Problems.State(failure);
    }
}
