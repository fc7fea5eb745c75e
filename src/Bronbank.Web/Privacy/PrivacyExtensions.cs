using Bronbank.Web.Infrastructure;
using Marten;

namespace Bronbank.Web.Privacy;

public static class PrivacyExtensions
{
    public static IHostApplicationBuilder AddPrivacy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<PrivacyService>();
        builder.Services.AddSingleton<AuditTrail>();
        builder.Services.AddSingleton<IAuditLog>(sp => sp.GetRequiredService<AuditTrail>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AuditTrail>());
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<RetentionService>();
        builder.Services.AddHostedService<RetentionJob>();
        builder.Services.ConfigureMarten(options => options.Schema.For<AuditEntry>().Index(x => x.SubjectId).Index(x => x.Actor).Index(x => x.At));
        return builder;
    }

    public static IEndpointRouteBuilder MapPrivacy(this IEndpointRouteBuilder routes)
    {
        routes.MapPrivacyApi();
        routes.MapAudit();
        routes.MapRetention();
        return routes;
    }
}
