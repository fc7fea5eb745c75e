using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bronbank.Web.Tests.Telemetry;

public sealed class TelemetryTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    [Fact]
    public async Task Candidate_latency_and_index_size_are_published_as_metrics()
    {
        var meters = factory.Services.GetRequiredService<IMeterFactory>();
        var seen = new ConcurrentDictionary<string, double>();
        using var listener = new MeterListener
        {
            // Only this host's meter: other test classes run their own instances in the same process.
            InstrumentPublished = (instrument, l) => { if (instrument.Meter.Scope == meters) l.EnableMeasurementEvents(instrument); },
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => seen[instrument.Name] = value);
        listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => seen[instrument.Name] = value);
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => seen[instrument.Name] = value);
        listener.Start();

        var client = factory.CreateClient();
        await client.CreateVolunteerAsync(Samples.Volunteer().With("passions", new[] { "dammen" }));
        var request = await client.CreateRequestAsync(Samples.Request("Wie wil met meneer dammen?"));
        (await client.GetAsync($"/api/v1/requests/{request}/candidates")).EnsureSuccessStatusCode();
        listener.RecordObservableInstruments();

        seen.Should().ContainKey("bronbank.candidates.duration");
        seen["bronbank.candidates.duration"].Should().BeGreaterThan(0);
        seen.Should().ContainKey("bronbank.index.documents");
        seen["bronbank.index.documents"].Should().BeGreaterThanOrEqualTo(1);
    }
}
