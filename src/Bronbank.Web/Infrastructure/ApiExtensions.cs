using System.Text.Json.Serialization;
using Bronbank.Web.Accounts;
using Bronbank.Web.Areas;
using Bronbank.Web.Matches;
using Bronbank.Web.Insights;
using Bronbank.Web.Pools;
using Bronbank.Web.Privacy;
using Bronbank.Web.Requests;
using Bronbank.Web.Volunteers;
using Scalar.AspNetCore;

namespace Bronbank.Web.Infrastructure;

public static class ApiExtensions
{
    public static IHostApplicationBuilder AddBronbankApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions.TryAdd("traceId", c.HttpContext.TraceIdentifier));
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        // Let malformed JSON reach ApiExceptionHandler, which names the field, instead of a bare 400.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            o.SerializerOptions.MaxDepth = 32;
        });
        builder.Services.AddOpenApi();
        // Staff pages live in the feature folders beside their endpoints, so Razor Pages look from the project root.
        builder.Services.AddRazorPages(o =>
        {
            o.RootDirectory = "/";
            // Every page needs a signed-in user unless it says [AllowAnonymous] (sign-in); roles are checked per page.
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AddPageRoute("/Volunteers/VolunteerForm", "/vrijwilligers/nieuw");
        });
        builder.Services.AddSingleton(TimeProvider.System);

        builder.Services.AddOptions<AreaOptions>().BindConfiguration(AreaOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<AreaDirectory>();
        builder.Services.AddScoped<VolunteerService>();
        builder.Services.AddScoped<VolunteerImport>();
        builder.Services.AddScoped<RequestService>();
        builder.Services.AddScoped<MatchService>();
        builder.Services.AddScoped<Privacy.PrivacyService>();
        builder.Services.AddSingleton<AuditTrail>();
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<RetentionService>();
        builder.Services.AddHostedService<RetentionJob>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AuditTrail>());
        return builder;
    }

    public static WebApplication UseBronbankApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseStatusCodePages();
        app.UseRequestBodyLimit();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    public static IEndpointRouteBuilder MapBronbankApi(this IEndpointRouteBuilder routes)
    {
        routes.MapRazorPages();
        routes.MapOpenApi().AllowAnonymous();
        routes.MapScalarApiReference("/api", o => o.WithTitle("Bronbank API")).AllowAnonymous();
        routes.MapAreas();
        routes.MapVolunteerTransfer();
        routes.MapVolunteers();
        routes.MapRequests();
        routes.MapMatches();
        routes.MapUsers();
        routes.MapPrivacy();
        routes.MapAudit();
        routes.MapRetention();
        routes.MapPools();
        routes.MapInsights();
        return routes;
    }
}
