using Bronbank.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bronbank.Web.Privacy;

public static class RetentionApi
{
    public static IEndpointRouteBuilder MapRetention(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/retention/run", Run).Audited("retention-run", "retention").WithTags("Privacy").WithName("RunRetention")
            .WithSummary("Apply the retention periods now and report what was done (admin)")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        return routes;
    }

    public static async Task<Ok<RetentionReport>> Run(RetentionService retention, CancellationToken ct) =>
        TypedResults.Ok(await retention.ApplyAsync(ct));
}
