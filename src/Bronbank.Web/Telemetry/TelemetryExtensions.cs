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
        return builder;
    }
}
