using JasperFx;
using Marten;
using Microsoft.Extensions.Options;
using Weasel.Core;

namespace Bronbank.Web.Storage;

/// <summary>
/// The document store and the database's lifetime. Features add their own documents and events with
/// <c>services.ConfigureMarten(...)</c> next to their code, so storage knows no feature.
/// </summary>
public static class StorageExtensions
{
    public static IHostApplicationBuilder AddBronbankStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => DatabaseEndpoint.Resolve(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IOptions<StorageOptions>>(), sp.GetRequiredService<ILogger<DatabaseEndpoint>>()));
        builder.Services.AddHostedService<EmbeddedDatabaseLifetime>();

        builder.Services.AddMarten(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var options = new StoreOptions();
            options.Connection(sp.GetRequiredService<DatabaseEndpoint>().ConnectionString);
            options.DatabaseSchemaName = storage.Schema;
            options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
            options.ConfigurePolly(DatabaseResilience.Configure);
            options.Logger(new QuietMartenLogger(sp.GetRequiredService<ILogger<QuietMartenLogger>>()));

            options.Storage.ExtendedSchemaObjects.Add(ChangeLog.Definition(storage.Schema));
            return options;
        }).UseLightweightSessions();

        builder.Services.AddSingleton<DatabaseState>();
        builder.Services.AddHostedService<SchemaInitializer>();
        return builder;
    }
}
