using Bronbank.Web.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Bronbank.Web.Accounts;

public static class AccountsExtensions
{
    /// <summary>Picks the API key handler when a bearer header is present, the sign-in cookie otherwise.</summary>
    public const string SmartScheme = "Bronbank";

    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BootstrapKey>();
        services.AddMemoryCache();
        services.AddScoped<AccountService>();
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddHostedService<AccountBootstrapper>();
        services.ConfigureMarten(options =>
        {
            // Sign-in failures, lockouts and disables are read-modify-write on one record: a revision check keeps them from overwriting each other.
            options.Schema.For<User>().UniqueIndex(x => x.Email).UseOptimisticConcurrency(true);
            options.Schema.For<ApiKey>().Index(x => x.Prefix).Index(x => x.UserId);
            options.Schema.For<BootstrapKeyRecord>();
        });
        builder.AddBronbankRateLimits();
        services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o =>
            o.Conventions.AddPageApplicationModelConvention("/Accounts/SignIn", m => m.EndpointMetadata.Add(new SignInEndpoint())));
        // The anti-forgery cookie follows the sign-in cookie: HttpOnly, SameSite=Strict, Secure over HTTPS.
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        var authentication = services.AddAuthentication(SmartScheme);
        OpenIdConnectSetup.AddIfConfigured(authentication, builder.Configuration);
        authentication
            .AddPolicyScheme(SmartScheme, "API key or cookie", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(o =>
            {
                o.LoginPath = "/inloggen";
                o.LogoutPath = "/uitloggen";
                o.AccessDeniedPath = "/geen-toegang";
                o.Cookie.Name = "bronbank";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
                // An API client gets a status code (made into problem+json), never a redirect to a page.
                o.Events.OnRedirectToLogin = c => ApiStatusOr(c, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => ApiStatusOr(c, StatusCodes.Status403Forbidden);
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.ProfilesWrite, p => p.RequireRole(Roles.Staff))
            .AddPolicy(Policies.ProfilesRead, p => p.RequireRole(Roles.Staff, Roles.Coordinator))
            .AddPolicy(Policies.Coordination, p => p.RequireRole(Roles.Coordinator))
            .AddPolicy(Policies.PoolRead, p => p.RequireRole(Roles.Board, Roles.Staff, Roles.Coordinator))
            .AddPolicy(Policies.Privacy, p => p.RequireRole(Roles.Staff, Roles.Admin))
            // Team leads work as coordinators; insights hold no personal data, only figures per area and theme.
            .AddPolicy(Policies.Insights, p => p.RequireRole(Roles.Coordinator, Roles.Admin))
            // Anything mapped without a policy still needs a signed-in user; a test checks every endpoint names one.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder routes)
    {
        routes.MapUsers();
        return routes;
    }

    private static Task ApiStatusOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
