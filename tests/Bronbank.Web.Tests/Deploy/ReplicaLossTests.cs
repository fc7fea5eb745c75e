using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Bronbank.Web.Tests.Browser;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Bronbank.Web.Tests.Deploy;

/// <summary>
/// Two instances behind nginx; one is killed with SIGKILL under load. Reads and retried writes go on
/// through the other; the killed one is started again, rejoins, and converges on what it missed.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class ReplicaLossTests : IAsyncLifetime
{
    private readonly KestrelFactory _a = new();

    public Task InitializeAsync() => _a.InitializeAsync();

    public async Task DisposeAsync() => await _a.DisposeAsync();

    [Fact]
    public async Task Killing_one_replica_under_load_loses_no_read_or_retried_write_and_it_rejoins_and_converges()
    {
        var indexB = TestCluster.TempPath("replica-b-" + Guid.NewGuid().ToString("N")[..8]);
        var portB = BronbankProcess.FreePort();
        await using var b = await BronbankProcess.StartAsync(_a.ConnectionString, _a.Schema, indexB, portB);
        await using var nginx = await NginxProxy.StartAsync(_a.HostAndPort(), b.Address);
        using var proxy = nginx.Client(TimeSpan.FromSeconds(10));
        var id = await proxy.CreateVolunteerAsync(Samples.Volunteer("Blijvende Bep").With("passions", new[] { "harpspelen" }));

        var failures = new ConcurrentBag<string>();
        var reads = 0;
        var writes = 0;
        var lastWord = "";
        using var stop = new CancellationTokenSource();
        var load = new List<Task>();
        for (var r = 0; r < 6; r++)
        {
            load.Add(Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        var response = await proxy.GetAsync($"/api/v1/volunteers/{id}");
                        if (response.StatusCode != HttpStatusCode.OK) failures.Add($"read: {(int)response.StatusCode}");
                        Interlocked.Increment(ref reads);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { failures.Add("read: " + e.GetType().Name); }
                }
            }));
        }
        load.Add(Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                // PUT is idempotent: nginx retries it on the other instance when the first one dies mid-request.
                var word = $"instrument{n:D4}spelen";
                try
                {
                    var response = await proxy.PutAsJsonAsync($"/api/v1/volunteers/{id}", Samples.Volunteer("Blijvende Bep").With("passions", new[] { word }), HttpExtensions.Json);
                    if (response.StatusCode != HttpStatusCode.OK) failures.Add($"write: {(int)response.StatusCode}");
                    else { Interlocked.Increment(ref writes); Volatile.Write(ref lastWord, word); }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { failures.Add("write: " + e.GetType().Name); }
            }
        }));

        await Task.Delay(1500);
        await b.KillAsync();
        var atKill = Volatile.Read(ref writes);
        await Task.Delay(2000);
        var writesWhileDown = Volatile.Read(ref writes) - atKill;
        await Task.Delay(500);
        await stop.CancelAsync();
        await Task.WhenAll(load);

        failures.Should().BeEmpty($"no read or retried write is lost ({reads} reads, {writes} writes)");
        writesWhileDown.Should().BeGreaterThan(0, "writes went on while one instance was down");

        // B comes back on its own index and catches up on the writes it missed.
        await using var rejoined = await BronbankProcess.StartAsync(_a.ConnectionString, _a.Schema, indexB, portB);
        var direct = rejoined.Client();
        var clock = Stopwatch.StartNew();
        while (!(await direct.GetStringAsync($"/api/v1/volunteers/search?q={lastWord}")).Contains(id.ToString(), StringComparison.Ordinal))
        {
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2), "the rejoined instance converges");
            await Task.Delay(50);
        }
        (await proxy.GetAsync($"/api/v1/volunteers/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

}
