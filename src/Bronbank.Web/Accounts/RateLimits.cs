using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Bronbank.Web.Accounts;

/// <summary>Marks the sign-in page's endpoint for the sign-in limit.</summary>
public sealed class SignInEndpoint;

/// <summary>Marks an endpoint opened by a secret link without signing in (an agenda subscription) for the per-address limit.</summary>
public sealed class TokenLinkEndpoint;

/// <summary>Limits in <c>Bronbank:RateLimits</c>; 0 switches a limit off.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Bronbank:RateLimits";

    /// <summary>Sign-in attempts (POST /inloggen) per client address per minute, on top of the per-account lockout.</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Requests with an API key that is not valid, per client address per minute: guessing keys stops quickly.</summary>
    public int FailedApiKeysPerMinute { get; set; } = 20;

    /// <summary>Requests per second per valid API key (token bucket, a second's worth of burst).</summary>
    public int ApiKeyPerSecond { get; set; } = 500;

    /// <summary>Requests to secret-link endpoints (agenda subscriptions) per client address per minute, right or wrong token alike.</summary>
    public int TokenLinksPerMinute { get; set; } = 60;
}

/// <summary>
/// Rate limiting on sign-in and API keys. It runs after authentication, so a valid key is limited by its
/// own identity and a wrong one by the address it came from. Refusals are 429 with Retry-After.
/// </summary>
public static class RateLimits
{
    public static IHostApplicationBuilder AddBronbankRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        builder.Services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                Partition(context, context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value));
            o.OnRejected = async (rejected, ct) =>
            {
                var context = rejected.HttpContext;
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after)
                    ? ((int)Math.Ceiling(after.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture) : "60";
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
                    {
                        HttpContext = context,
                        ProblemDetails = { Status = 429, Title = "Too many requests", Detail = "Too many requests from this client; wait and try again." },
                    });
                }
                else
                {
                    context.Response.ContentType = "text/plain; charset=utf-8";
                    await context.Response.WriteAsync("Te veel pogingen achter elkaar. Wacht een minuut en probeer het opnieuw.", ct);
                }
            };
        });
        return builder;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions options)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "local";
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) && IsSignIn(context) && options.SignInPerMinute > 0)
            return PerMinute("sign-in:" + address, options.SignInPerMinute);
        if (context.GetEndpoint()?.Metadata.GetMetadata<TokenLinkEndpoint>() is not null && options.TokenLinksPerMinute > 0)
            return PerMinute("token-link:" + address, options.TokenLinksPerMinute);

        if (!request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return RateLimitPartition.GetNoLimiter("none");
        if (context.User.Identity?.IsAuthenticated != true)
            return options.FailedApiKeysPerMinute > 0 ? PerMinute("bad-key:" + address, options.FailedApiKeysPerMinute) : RateLimitPartition.GetNoLimiter("none");
        if (options.ApiKeyPerSecond <= 0) return RateLimitPartition.GetNoLimiter("none");
        var who = context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? context.User.Identity.Name ?? "key";
        return RateLimitPartition.GetTokenBucketLimiter("key:" + who, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.ApiKeyPerSecond,
            TokensPerPeriod = options.ApiKeyPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    /// <summary>The sign-in page however its path is spelled (<c>/inloggen/</c>, <c>/INLOGGEN</c>): routing decides, not the string.</summary>
    private static bool IsSignIn(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<SignInEndpoint>() is not null
        || (context.Request.Path.Value ?? "").TrimEnd('/').Equals("/inloggen", StringComparison.OrdinalIgnoreCase);

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
