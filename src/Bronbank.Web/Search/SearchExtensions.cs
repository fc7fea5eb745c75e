using Bronbank.Web.Storage;
using Bronbank.Web.Telemetry;

namespace Bronbank.Web.Search;

public static class SearchExtensions
{
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IndexOptions>().BindConfiguration(IndexOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SearchIndex>();
        builder.Services.AddSingleton<RecentRequests>();
        // Consumers of the change feed, in the order they are handed each batch (areas come first, from AddAreas).
        builder.Services.AddSingleton<IChangeConsumer>(sp => sp.GetRequiredService<SearchIndex>());
        builder.Services.AddSingleton<IChangeConsumer>(sp => sp.GetRequiredService<RecentRequests>());
        builder.Services.AddSingleton<BaselineSearch>();
        builder.Services.AddSingleton<ISchemaReadyListener, BaselineSchema>();
        builder.Services.AddSingleton<IndexSynchronizer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IndexSynchronizer>());
        builder.Services.AddSingleton<IChangeFollower>(sp => sp.GetRequiredService<IndexSynchronizer>());
        builder.Services.AddHostedService<IndexGauges>();
        builder.Services.AddHealthChecks().AddCheck<IndexReadyCheck>("index", tags: ["ready"]);
        return builder;
    }

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder routes) =>
        routes.MapCandidates().MapIndexStatus();

    /// <summary>Observable gauges read the index when a metrics reader asks, not on every change.</summary>
    private sealed class IndexGauges(BronbankTelemetry telemetry, SearchIndex search, IndexSynchronizer synchronizer) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken)
        {
            telemetry.Meter.CreateObservableGauge("bronbank.index.documents", () => search.IsReady ? search.Index.DocumentCount : 0,
                description: "Volunteers in this instance's index.");
            telemetry.Meter.CreateObservableGauge("bronbank.index.position", () => synchronizer.Position,
                description: "Last change of the change feed applied to this instance's index.");
            telemetry.Meter.CreateObservableGauge("bronbank.index.seconds_since_apply",
                () => search.LastAppliedAt is { } at ? (DateTimeOffset.UtcNow - at).TotalSeconds : 0, unit: "s",
                description: "Seconds since this instance last applied a change.");
            return Task.CompletedTask;
        }
    }
}
