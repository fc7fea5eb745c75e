using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Bronbank.Web.Infrastructure;

/// <summary>
/// Cross-site request forgery on the API. A call that changes something and carries the sign-in cookie
/// instead of an API key must send the anti-forgery token in the <c>RequestVerificationToken</c> header,
/// which the app's own pages can (htmx: <c>hx-headers</c>) and another site cannot. And a body is JSON
/// unless the endpoint declares other types (the import: CSV, .xlsx): a cross-site form can only send
/// form fields or <c>text/plain</c>.
/// </summary>
internal static class ApiRequestGuard
{
    public const string HeaderName = "RequestVerificationToken";

    public static IApplicationBuilder UseApiRequestGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!request.Path.StartsWithSegments("/api") || IsSafe(request.Method) || context.GetEndpoint() is not { } endpoint)
            {
                await next(context);
                return;
            }
            if (HasBody(request) && !Accepts(endpoint, request.ContentType))
            {
                await ProblemAsync(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
                    "Send the body as application/json" + (endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts ? $" ({string.Join(", ", accepts.ContentTypes)})." : "."));
                return;
            }
            var withCookie = context.User.Identity?.IsAuthenticated == true
                             && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
            if (withCookie && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
            {
                await ProblemAsync(context, StatusCodes.Status400BadRequest, "Anti-forgery token missing or invalid",
                    $"A change made with the sign-in cookie needs the anti-forgery token in the {HeaderName} header; API clients use an API key.");
                return;
            }
            await next(context);
        });

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    private static bool Accepts(Endpoint endpoint, string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var media)) return false;
        var accepted = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes is { Count: > 0 } declared ? declared : ["application/json"];
        return accepted.Any(a => MediaTypeHeaderValue.TryParse(a, out var allowed) && media.IsSubsetOf(allowed))
               || (accepted.Contains("application/json") && media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task ProblemAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
