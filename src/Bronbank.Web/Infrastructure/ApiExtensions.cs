using System.Text.Json.Serialization;

namespace Bronbank.Web.Infrastructure;

/// <summary>What every feature's endpoints and pages share: problem answers, JSON, OpenAPI, Razor Pages, the middleware order.</summary>
public static class ApiExtensions
{
    public static IHostApplicationBuilder AddBronbankApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions.TryAdd("traceId", c.HttpContext.TraceIdentifier));
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.AddProxyHeaders();
        // Let malformed JSON reach ApiExceptionHandler, which names the field, instead of a bare 400.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            o.SerializerOptions.MaxDepth = 32;
        });
        builder.Services.AddOpenApi(o => o.AddBronbankDescriptions());
        // Staff pages live in the feature folders beside their endpoints, so Razor Pages look from the project root.
        builder.Services.AddRazorPages(o =>
        {
            o.RootDirectory = "/";
            // Every page needs a signed-in user unless it says [AllowAnonymous] (sign-in); roles are checked per page.
            o.Conventions.AuthorizeFolder("/");
        });
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    public static WebApplication UseBronbankApi(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseStatusCodePages();
        app.UseRequestBodyLimit();
        app.UseAuthentication();
        app.UseApiRequestGuard();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    public static IEndpointRouteBuilder MapBronbankApi(this IEndpointRouteBuilder routes)
    {
        routes.MapRazorPages();
        routes.MapOpenApi().AllowAnonymous();
        routes.MapApiReference();
        return routes;
    }
}
