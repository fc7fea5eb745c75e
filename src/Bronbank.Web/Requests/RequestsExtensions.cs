using Bronbank.Domain.Requests;
using Bronbank.Web.Storage;
using Marten;

namespace Bronbank.Web.Requests;

public static class RequestsExtensions
{
    public static IHostApplicationBuilder AddRequests(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<RequestService>();
        builder.Services.ConfigureMarten(options =>
        {
            options.Schema.For<HelpRequest>()
                .UseNumericRevisions(true)
                .Metadata(m => m.Revision.MapTo(x => x.Version))
                .Index(x => x.Status);
            options.RecordChanges<HelpRequest>(r => r.Id);
        });
        return builder;
    }
}
