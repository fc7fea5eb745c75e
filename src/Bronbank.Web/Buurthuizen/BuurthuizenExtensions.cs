using Bronbank.Domain.Buurthuizen;
using Bronbank.Web.Accounts;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Storage;
using Marten;
using Microsoft.AspNetCore.Authorization;

namespace Bronbank.Web.Buurthuizen;

/// <summary>Staff, coordinators and admins manage the places; everyone signed in, boards too, reads them.</summary>
public static class BuurthuisPolicies
{
    public const string Manage = "buurthuizen.manage";
    public const string Read = "buurthuizen.read";
}

public static class BuurthuizenExtensions
{
    public static IHostApplicationBuilder AddBuurthuizen(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<BuurthuisService>();
        builder.Services.AddScoped<IBuurthuisRegistry, BuurthuisRegistry>();
        builder.Services.AddSingleton<ISchemaReadyListener, BuurthuisMigration>();
        builder.Services.Configure<AuthorizationOptions>(o =>
        {
            o.AddPolicy(BuurthuisPolicies.Manage, p => p.RequireRole(Roles.Staff, Roles.Coordinator, Roles.Admin));
            o.AddPolicy(BuurthuisPolicies.Read, p => p.RequireRole(Roles.Staff, Roles.Coordinator, Roles.Admin, Roles.Board));
        });
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o =>
            o.Conventions.AddPageRoute("/Buurthuizen/BuurthuisForm", "/bouwblokken/buurthuizen/nieuw"));
        builder.Services.ConfigureMarten(options =>
        {
            // Unique without regard to case: "De Pijler" and "de pijler" are one place.
            options.Schema.For<Buurthuis>()
                .UseNumericRevisions(true)
                .Metadata(m => m.Revision.MapTo(x => x.Version))
                .Index(x => x.Name, index =>
                {
                    index.IsUnique = true;
                    index.Casing = Marten.Schema.ComputedIndex.Casings.Lower;
                })
                .Index(x => x.Area);
            options.RecordChanges<Buurthuis>(b => b.Id);
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapBuurthuizen(this IEndpointRouteBuilder routes) => routes.MapBuurthuisApi();
}
