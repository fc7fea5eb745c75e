using Bronbank.Web.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Authorization;

namespace Bronbank.Web.Visits;

/// <summary>Who works at the spreekuur: staff and coordinators. Boards and admins do not log or read visits.</summary>
public static class SpreekuurPolicy
{
    public const string Name = "spreekuur";
}

public static class VisitsExtensions
{
    public static IHostApplicationBuilder AddVisits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<VisitService>();
        builder.Services.Configure<AuthorizationOptions>(o => o.AddPolicy(SpreekuurPolicy.Name, p => p.RequireRole(Roles.Staff, Roles.Coordinator)));
        builder.Services.ConfigureMarten(options =>
        {
            options.Schema.For<Visit>().Index(x => x.Date).Index(x => x.Area);
            options.Schema.For<ReferralList>();
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapVisits(this IEndpointRouteBuilder routes) => routes.MapVisitApi();
}
