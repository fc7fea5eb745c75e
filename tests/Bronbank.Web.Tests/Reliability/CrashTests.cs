using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Bronbank.Web.Storage;
using Bronbank.Web.Tests.Infrastructure;
using Npgsql;

namespace Bronbank.Web.Tests.Reliability;

/// <summary>
/// kill -9 of PostgreSQL and then of Bronbank during a stream of writes: every write acknowledged with a
/// 2xx is in the database and searchable after the restarts, and no profile is half written.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class CrashTests : IAsyncLifetime
{
    private EmbeddedPostgres _cluster = null!;
    private readonly string _schema = TestCluster.NewSchemaName("crash");
    private readonly string _index = TestCluster.TempPath("crash-index-" + Guid.NewGuid().ToString("N")[..8]);

    public async Task InitializeAsync() => _cluster = await TestCluster.StartNewAsync("crash-" + Guid.NewGuid().ToString("N")[..8]);

    // Every process this test starts, so that a failing assertion never leaves one running.
    private readonly List<BronbankProcess> _processes = [];

    public async Task DisposeAsync()
    {
        foreach (var process in _processes) await process.DisposeAsync();
        await _cluster.StopAsync();
    }

    [Fact]
    public async Task Acknowledged_writes_survive_kill_9_of_the_database_and_of_Bronbank_and_none_is_half_written()
    {
        // The embedded default keeps PostgreSQL's durability settings on.
        foreach (var setting in new[] { "fsync", "synchronous_commit", "full_page_writes" })
            (await ScalarAsync($"show {setting}")).Should().Be("on", $"{setting} must stay on for acknowledged writes to survive a crash");

        var bronbank = await BronbankProcess.StartAsync(_cluster.ConnectionString(), _schema, _index);
        _processes.Add(bronbank);
        var acknowledged = new ConcurrentDictionary<int, Guid>();
        var next = 0;
        using var stop = new CancellationTokenSource();
        var current = bronbank;

        async Task WriterAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref next);
                try
                {
                    using var client = current.Client(TimeSpan.FromSeconds(5));
                    var response = await client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer($"Crash {n}").With("passions", new[] { Token(n) }));
                    if (response.StatusCode == HttpStatusCode.Created)
                        acknowledged[n] = (await response.ReadObjectAsync())["id"]!.GetValue<Guid>();
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Bronbank is down: the write was not acknowledged, so nothing is promised about it.
                    await Task.Delay(50);
                }
            }
        }

        // Waits for acknowledged writes rather than for a fixed time: on a loaded machine 1.5 s saw none.
        async Task UntilAcknowledgedAsync(int count)
        {
            var waited = Stopwatch.StartNew();
            while (acknowledged.Count < count && waited.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(100);
        }

        var writers = Enumerable.Range(0, 4).Select(_ => Task.Run(WriterAsync)).ToList();
        await UntilAcknowledgedAsync(5);
        var beforeDatabaseCrash = acknowledged.Count;

        await KillPostgresAsync();
        await Task.Delay(500);
        await _cluster.RestartAsync();
        (await ScalarAsync("select 'up'")).Should().Be("up", "PostgreSQL recovered from the crash");
        await Task.Delay(1500);
        var beforeBronbankCrash = acknowledged.Count;

        await bronbank.KillAsync();
        await Task.Delay(300);
        current = await BronbankProcess.StartAsync(_cluster.ConnectionString(), _schema, _index);
        _processes.Add(current);
        await UntilAcknowledgedAsync(acknowledged.Count + 5);
        await stop.CancelAsync();
        await Task.WhenAll(writers);
        var restarted = current;

        beforeDatabaseCrash.Should().BeGreaterThan(0, "writes were acknowledged before the database was killed");
        acknowledged.Count.Should().BeGreaterThan(beforeBronbankCrash, "writes resumed after both crashes");

        var client = restarted.Client();
        foreach (var (n, id) in acknowledged)
        {
            var stored = await client.GetAsync($"/api/v1/volunteers/{id}");
            stored.StatusCode.Should().Be(HttpStatusCode.OK, $"acknowledged write {n} is in the database");
        }

        // Every profile in the database is whole: its name and its passion belong to the same write.
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_cluster.ConnectionString()) { Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync();
            await using var all = new NpgsqlCommand($"select data->>'name', data->'passions'->>0 from {_schema}.mt_doc_volunteer", connection);
            await using var reader = await all.ExecuteReaderAsync();
            var rows = 0;
            while (await reader.ReadAsync())
            {
                rows++;
                var n = int.Parse(reader.GetString(0)["Crash ".Length..], System.Globalization.CultureInfo.InvariantCulture);
                reader.GetString(1).Should().Be(Token(n), "no profile is half written");
            }
            rows.Should().BeGreaterThanOrEqualTo(acknowledged.Count);
        }

        // ...and searchable once the restarted instance has caught up.
        var clock = Stopwatch.StartNew();
        var missing = acknowledged.ToList();
        while (missing.Count > 0 && clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            var still = new List<KeyValuePair<int, Guid>>();
            foreach (var entry in missing)
            {
                var found = await client.GetStringAsync($"/api/v1/volunteers/search?q={Token(entry.Key)}");
                if (!found.Contains(entry.Value.ToString(), StringComparison.Ordinal)) still.Add(entry);
            }
            missing = still;
            if (missing.Count > 0) await Task.Delay(250);
        }
        missing.Should().BeEmpty("every acknowledged write is searchable after the restarts");
    }

    private static string Token(int n) => $"zz{n:D6}qq";

    /// <summary>
    /// SIGKILL to the postmaster and every backend: a crash, not a shutdown. The postmaster is frozen first,
    /// so that it cannot start crash recovery of its own between the kills.
    /// </summary>
    private async Task KillPostgresAsync()
    {
        var postmaster = File.ReadLines(Path.Combine(_cluster.DataDirectory, "postmaster.pid")).First().Trim();
        await RunAsync("kill", "-STOP", postmaster);
        await RunAsync("pkill", "-9", "-P", postmaster);
        await RunAsync("kill", "-9", postmaster);
        for (var i = 0; i < 100 && Directory.Exists($"/proc/{postmaster}"); i++) await Task.Delay(20);
        NpgsqlConnection.ClearAllPools();
    }

    private static async Task RunAsync(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { UseShellExecute = false })!;
        await process.WaitForExitAsync();
    }

    private async Task<string> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_cluster.ConnectionString()) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
