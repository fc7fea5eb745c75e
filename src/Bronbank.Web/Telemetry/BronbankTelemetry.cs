using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Bronbank.Web.Telemetry;

/// <summary>
/// Bronbank's own traces and metrics: candidate latency, index size and freshness. No personal data in either.
/// The meter comes from the host's <see cref="IMeterFactory"/>, so two instances in one process (tests) keep their own figures.
/// </summary>
public sealed class BronbankTelemetry
{
    public const string Name = "Bronbank";

    public static readonly ActivitySource Activities = new(Name);

    public BronbankTelemetry(IMeterFactory meters)
    {
        Meter = meters.Create(Name);
        CandidateDuration = Meter.CreateHistogram<double>(
            "bronbank.candidates.duration", unit: "ms", description: "Time to rank candidates for one request, in the index.");
        ChangesApplied = Meter.CreateCounter<long>(
            "bronbank.changes.applied", description: "Changes of the change feed applied on this instance, per consumer (tag consumer).");
    }

    public Meter Meter { get; }

    public Histogram<double> CandidateDuration { get; }

    public Counter<long> ChangesApplied { get; }
}
