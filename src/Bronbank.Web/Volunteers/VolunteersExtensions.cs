using Bronbank.Domain.Volunteers;
using Bronbank.Web.Storage;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Volunteers;

public static class VolunteersExtensions
{
    public static IHostApplicationBuilder AddVolunteers(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<VolunteerService>();
        builder.Services.AddScoped<VolunteerImport>();
        builder.Services.AddScoped<PauseEnds>();
        builder.Services.AddHostedService<PauseEndsJob>();
        builder.Services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AddPageRoute("/Volunteers/VolunteerForm", "/vrijwilligers/nieuw");
            o.Conventions.AddPageApplicationModelConvention("/Volunteers/ImportPage",
                m => m.EndpointMetadata.Add(new Infrastructure.RequestBodyLimit.BodyLimit(ImportPageModel.MaxBodyBytes)));
        });
        builder.Services.ConfigureMarten(options =>
        {
            options.Schema.For<Volunteer>()
                .UseNumericRevisions(true)
                .Metadata(m => m.Revision.MapTo(x => x.Version))
                .Index(x => x.Neighbourhood)
                .UniqueIndex(x => x.ExternalKey!);
            options.RecordChanges<Volunteer>(v => v.Id);
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapVolunteers(this IEndpointRouteBuilder routes)
    {
        routes.MapVolunteerTransfer();
        routes.MapVolunteerApi();
        return routes;
    }
}
