using Bronbank.Web.Storage;
using Marten;

namespace Bronbank.Web.Areas;

public static class AreasExtensions
{
    public static IHostApplicationBuilder AddAreas(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AreaOptions>().BindConfiguration(AreaOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<AreaDirectory>();
        builder.Services.AddSingleton<ISchemaReadyListener>(sp => sp.GetRequiredService<AreaDirectory>());
        builder.Services.AddSingleton<IChangeConsumer, AreaChanges>();
        builder.Services.ConfigureMarten(options =>
        {
            options.Schema.For<StoredAreas>();
            options.RecordChanges<StoredAreas>(_ => Guid.Empty);
        });
        return builder;
    }
}
