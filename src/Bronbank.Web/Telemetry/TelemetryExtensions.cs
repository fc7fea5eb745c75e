using Bronbank.Web.Search;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Bronbank.Web.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// OpenTelemetry traces and metrics for requests, the database client and Bronbank's own instruments.
    /// They are exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (or <c>Bronbank:Telemetry:OtlpEndpoint</c>) is set.
    /// </summary>
    public static IHostApplicationBuilder AddBronbankTelemetry(this IHostApplicationBuilder builder)
    {
        var endpoint = builder.Configuration["Bronbank:Telemetry:OtlpEndpoint"] ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("bronbank", serviceInstanceId: Environment.MachineName))
            .WithTracing(t => t.AddSource(BronbankTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddSource("Npgsql"))
            .WithMetrics(m => m.AddMeter(BronbankTelemetry.Name).AddAspNetCoreInstrumentation().AddRuntimeInstrumentation());
        if (!string.IsNullOrWhiteSpace(endpoint))
            telemetry.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(endpoint));
        builder.Services.AddSingleton<BronbankTelemetry>();
        builder.Services.AddHostedService<IndexGauges>();
        return builder;
    }

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
