using Bronbank.Domain.Activities;
using Bronbank.Web.Accounts;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Storage;
using Marten;
using Microsoft.AspNetCore.Authorization;

namespace Bronbank.Web.Activities;

/// <summary>
/// Staff, coordinators and admins manage every activity; a board manages and sees those of its own
/// buurthuizen only (checked per activity by <see cref="ActivityAccess"/>).
/// </summary>
public static class ActivityPolicies
{
    public const string Use = "activities.use";
}

public static class ActivitiesExtensions
{
    public static IHostApplicationBuilder AddActivities(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ActivityService>();
        builder.Services.AddSingleton<ActivitySearch>();
        // After the volunteer index and request cache (registered by AddSearch): the feed hands batches in this order.
        builder.Services.AddSingleton<IChangeConsumer>(sp => sp.GetRequiredService<ActivitySearch>());
        builder.Services.Configure<AuthorizationOptions>(o =>
            o.AddPolicy(ActivityPolicies.Use, p => p.RequireRole(Roles.Staff, Roles.Coordinator, Roles.Admin, Roles.Board)));
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o =>
            o.Conventions.AddPageRoute("/Activities/ActivityForm", "/bouwblokken/activiteiten/nieuw"));
        builder.Services.ConfigureMarten(options =>
        {
            options.Schema.For<Activity>()
                .UseNumericRevisions(true)
                .Metadata(m => m.Revision.MapTo(x => x.Version))
                .Index(x => x.BuurthuisId);
            options.RecordChanges<Activity>(a => a.Id);
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapActivities(this IEndpointRouteBuilder routes) => routes.MapActivityApi();
}
