using Bronbank.Web.Infrastructure;
using Bronbank.Web.Privacy;
using Marten;
using Microsoft.AspNetCore.Authorization;

namespace Bronbank.Web.Signals;

/// <summary>
/// A signal is health-adjacent data about someone who did not ask for help: staff and coordinators read
/// signals; admins see counts only; boards nothing.
/// </summary>
public static class SignalPolicies
{
    public const string Read = "signals.read";
    public const string Counts = "signals.counts";
}

public static class SignalsExtensions
{
    public static IHostApplicationBuilder AddSignals(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<SignalService>();
        builder.Services.AddScoped<IRetentionRule, SignalRetention>();
        builder.Services.Configure<AuthorizationOptions>(o =>
        {
            o.AddPolicy(SignalPolicies.Read, p => p.RequireRole(Roles.Staff, Roles.Coordinator));
            o.AddPolicy(SignalPolicies.Counts, p => p.RequireRole(Roles.Staff, Roles.Coordinator, Roles.Admin));
        });
        builder.Services.ConfigureMarten(options => options.Schema.For<Signal>().Index(x => x.Owner).Index(x => x.FollowUpOn));
        return builder;
    }

    public static IEndpointRouteBuilder MapSignals(this IEndpointRouteBuilder routes) => routes.MapSignalApi();
}
