using Bronbank.Domain.Validation;
using Bronbank.Web.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Pools;

public static class PoolApi
{
    public static IEndpointRouteBuilder MapPools(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/buurthuizen/{name}/pool", Get).WithTags("Pools").WithName("BuurthuisPool")
            .WithSummary("A buurthuis' volunteer pool: counts, passions and talents, day-part coverage, who waits, matches per month")
            .RequireAuthorization(Policies.PoolRead)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        return routes;
    }

    public static async Task<Results<Ok<PoolFiguresResponse>, ValidationProblem, ProblemHttpResult>> Get(
        string name, HttpContext context, IQuerySession session, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
            return Problems.Validation(ErrorBag.Of("name", "A buurthuis name of at most 200 characters.").ToDictionary());
        if (!MaySee(context.User, name))
            return TypedResults.Problem("A board member sees only the pool of their own buurthuizen.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        return TypedResults.Ok(await PoolFigures.ForAsync(session, name, ct));
    }

    /// <summary>Staff and coordinators see every pool; a board member only their own.</summary>
    public static bool MaySee(System.Security.Claims.ClaimsPrincipal user, string buurthuis) =>
        user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Coordinator)
        || user.Buurthuizen().Any(b => string.Equals(b, buurthuis.Trim(), StringComparison.OrdinalIgnoreCase));
}
