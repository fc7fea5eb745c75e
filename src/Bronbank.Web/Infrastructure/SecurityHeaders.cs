namespace Bronbank.Web.Infrastructure;

/// <summary>
/// Security headers on every response. The staff pages load scripts and styles from this origin only
/// (htmx and the NL Design System CSS are served from wwwroot); no page has an inline script. Inline
/// style attributes are allowed for the bar widths in the charts. The API reference page (/api, Scalar)
/// is the one exception when it is switched on (<see cref="ApiReference"/>, off in Production): a
/// third-party page with an inline start-up script that holds no personal data.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.scalar.com; " +
        "img-src 'self' data:; font-src 'self' data: https://fonts.scalar.com; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        var apiReference = ApiReference.IsEnabled(app.Services);
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = apiReference && IsApiReference(context.Request.Path) ? ApiReferencePolicy : ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                // Personal data must not linger in shared or browser caches.
                if (!context.Request.Path.StartsWithSegments("/lib") && !context.Request.Path.StartsWithSegments("/css")
                    && !headers.ContainsKey("Cache-Control"))
                    headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    private static bool IsApiReference(PathString path) => path.Equals("/api", StringComparison.OrdinalIgnoreCase)
        || (path.StartsWithSegments("/api", out var rest) && !rest.StartsWithSegments("/v1", StringComparison.OrdinalIgnoreCase) && rest.HasValue);
}
