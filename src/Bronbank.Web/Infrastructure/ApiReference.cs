using Scalar.AspNetCore;

namespace Bronbank.Web.Infrastructure;

/// <summary>
/// The interactive API reference at /api (Scalar) is a third-party page with an inline start-up script
/// and assets from a CDN, so it needs a looser Content-Security-Policy than the staff app. It is off in
/// Production unless <c>Bronbank:ApiReference:Enabled</c> is true; the OpenAPI document
/// (/openapi/v1.json) is always served, for generated clients and local tools.
/// </summary>
public static class ApiReference
{
    public const string Setting = "Bronbank:ApiReference:Enabled";

    public static bool IsEnabled(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetValue(Setting, !services.GetRequiredService<IHostEnvironment>().IsProduction());

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder routes)
    {
        if (IsEnabled(routes.ServiceProvider)) routes.MapScalarApiReference("/api", o => o.WithTitle("Bronbank API")).AllowAnonymous();
        return routes;
    }
}
