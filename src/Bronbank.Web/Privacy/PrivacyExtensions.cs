using Bronbank.Web.Infrastructure;
using Marten;

namespace Bronbank.Web.Privacy;

public static class PrivacyExtensions
{
    public static IHostApplicationBuilder AddPrivacy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<PrivacyService>();
        builder.Services.AddSingleton<Storage.ErasureLedger>();
        builder.Services.AddSingleton<Storage.ISchemaReadyListener, ErasureReapplier>();
        // One audit trail per request; it listens to the request's session so entries commit with the change.
        builder.Services.AddScoped<AuditTrail>();
        builder.Services.AddScoped<IAuditLog>(sp => sp.GetRequiredService<AuditTrail>());
        builder.Services.AddScoped<IDocumentSession>(sp =>
        {
            var session = sp.GetRequiredService<IDocumentStore>().LightweightSession();
            session.Listeners.Add(sp.GetRequiredService<AuditTrail>());
            return session;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add<AuditPageFilter>());
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
