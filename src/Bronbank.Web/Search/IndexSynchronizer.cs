using System.Collections.Concurrent;
using Bronbank.Matching;
using Bronbank.Web.Storage;
using Bronbank.Web.Telemetry;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bronbank.Web.Search;

/// <summary>
/// This instance's one follower of the change feed. It opens the volunteer index at start (rebuilding a
/// missing, damaged, outdated or foreign one) and resumes from the index's durable position; then it
/// follows the feed — woken by NOTIFY, polling as the safety net — handing each batch once to every
/// <see cref="IChangeConsumer"/>, and reconciles the whole index now and then. Writes that must be
/// searchable when they answer wait for it (<see cref="CaughtUpAsync"/>) instead of applying themselves.
/// </summary>
public sealed class IndexSynchronizer(
    SearchIndex search, IEnumerable<IChangeConsumer> consumers, IDocumentStore store, DatabaseEndpoint database, DatabaseState databaseState,
    BronbankTelemetry telemetry, IOptions<IndexOptions> options, IOptions<StorageOptions> storage, ILogger<IndexSynchronizer> logger)
    : BackgroundService, IChangeFollower
{
    private static readonly TimeSpan WriteWaitLimit = TimeSpan.FromSeconds(30);
    private readonly IChangeConsumer[] _consumers = [.. consumers];
    private readonly ConcurrentDictionary<string, long> _applied = new();
    private readonly object _passLock = new();
    private TaskCompletionSource? _nextPass;

    private readonly ChangeFeed _feed = new(database.ConnectionString, storage.Value.Schema);
    private readonly SemaphoreSlim _wake = new(0);
    private string? _databaseId;
    private int _repairing;

    public long Position => _feed.Position;

    public async Task<long> LatestChangeAsync(CancellationToken ct) => await _feed.LatestAsync(ct);

    /// <summary>Changes each consumer applied on this instance since it started.</summary>
    public IReadOnlyDictionary<string, long> Applied => _consumers.ToDictionary(c => c.Name, c => _applied.GetValueOrDefault(c.Name));

    public async Task CaughtUpAsync(CancellationToken ct)
    {
        if (!search.IsReady) return;
        Task pass;
        lock (_passLock)
        {
            _nextPass ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            pass = _nextPass.Task;
        }
        _wake.Release();
        try
        {
            await pass.WaitAsync(WriteWaitLimit, ct);
        }
        catch (TimeoutException)
        {
            logger.LogWarning("A write's change was not applied within {Seconds} s; the change feed will bring it", WriteWaitLimit.TotalSeconds);
        }
    }

    /// <summary>The waiters of the pass about to start: their changes were committed before it reads the feed.</summary>
    private TaskCompletionSource? TakeWaiters()
    {
        lock (_passLock)
        {
            var waiters = _nextPass;
            _nextPass = null;
            return waiters;
        }
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Open before serving, so that a write answered by this instance is searchable at once.
        try
        {
            await DatabaseResilience.StartupPipeline(maxAttempts: 8).ExecuteAsync(OpenAsync, cancellationToken);
        }
        catch (Exception e) when (DatabaseResilience.IsUnavailable(e))
        {
            logger.LogWarning("Index not opened at start, the database is unreachable; retrying in the background");
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var resilience = DatabaseResilience.StartupPipeline(maxAttempts: int.MaxValue);
        await resilience.ExecuteAsync(async ct => { if (!search.IsReady) await OpenAsync(ct); }, stoppingToken);
        Started = true;
        var listener = ListenAsync(stoppingToken);
        var lastReconcile = DateTimeOffset.UtcNow;
        while (!stoppingToken.IsCancellationRequested)
        {
            await _wake.WaitAsync(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            if (stoppingToken.IsCancellationRequested) break;
            var waiters = TakeWaiters();
            try
            {
                await CatchUpAsync(stoppingToken);
                await search.CommitIfDueAsync(stoppingToken);
                databaseState.MarkReachable();
                if (DateTimeOffset.UtcNow - lastReconcile > TimeSpan.FromSeconds(options.Value.ReconcileSeconds))
                {
                    await ReconcileAsync(stoppingToken);
                    lastReconcile = DateTimeOffset.UtcNow;
                }
            }
            catch (Exception e) when (IsIndexDamage(e))
            {
                RequestRepair("writing to the index failed (" + e.GetType().Name + ")");
            }
            catch (Exception e) when (DatabaseResilience.IsUnavailable(e))
            {
                databaseState.MarkUnreachable();
                logger.LogWarning("Change feed unreachable ({Error}); serving from the index as it is", e.GetType().Name);
                waiters?.TrySetResult();
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            finally
            {
                // Also after a failure: the write is committed either way, and the feed brings it once it can.
                waiters?.TrySetResult();
            }
        }
        await listener;
    }

    private async ValueTask OpenAsync(CancellationToken ct)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (!databaseState.SchemaReady) await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        _databaseId = await DatabaseIdentityStore.GetOrCreateAsync(store, ct);
        var schemaSeconds = clock.Elapsed.TotalSeconds;
        var path = options.Value.ResolvePath(storage.Value.Schema);
        Directory.CreateDirectory(path);
        var index = VolunteerIndex.Open(path);
        var openSeconds = clock.Elapsed.TotalSeconds - schemaSeconds;
        search.Attach(index, _databaseId);

        var latest = await _feed.LatestAsync(ct);
        var reason = index.Health != IndexHealth.Ok ? index.Health.ToString()
            : index.DatabaseId != _databaseId ? "made from another database"
            : index.LastAppliedChange > latest ? "ahead of the database (restored backup?)"
            : null;
        if (reason is not null)
        {
            logger.LogInformation("Rebuilding the search index: {Reason}", reason);
            await search.RebuildAsync(_databaseId, latest, ct);
            await _feed.ResetAfterRebuildAsync(latest, ct);
        }
        else
        {
            _feed.Reset(index.LastAppliedChange);
            await CatchUpAsync(ct);
        }
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        logger.LogInformation(
            "Search index ready: {Count} volunteers, change {Position}; schema {Schema:0.00} s, opening {Open:0.00} s, catching up {CatchUp:0.00} s, {SinceStart:0.00} s since the process started",
            index.DocumentCount, _feed.Position, schemaSeconds, openSeconds, clock.Elapsed.TotalSeconds - schemaSeconds - openSeconds,
            (DateTime.Now - process.StartTime).TotalSeconds);
    }

    public bool Repairing => Volatile.Read(ref _repairing) == 1;

    /// <summary>True once the background loop runs, that is after start-up opened (or failed to open) the index.</summary>
    public bool Started { get; private set; }

    public static bool IsIndexDamage(Exception e) =>
        e is IOException or ObjectDisposedException or Lucene.Net.Index.CorruptIndexException
        && !DatabaseResilience.IsUnavailable(e);

    /// <summary>
    /// Replaces a damaged index (files deleted or corrupted under a running instance): closes it, opens the
    /// folder afresh — which finds it missing or damaged — and rebuilds from PostgreSQL. Meanwhile this
    /// instance answers 503 for searches and reports not ready, so a proxy sends them elsewhere.
    /// </summary>
    public void RequestRepair(string reason)
    {
        if (Interlocked.Exchange(ref _repairing, 1) == 1) return;
        logger.LogWarning("Search index damaged: {Reason}; rebuilding it from the database", reason);
        _ = Task.Run(async () =>
        {
            try
            {
                await search.DetachAsync(CancellationToken.None);
                await DatabaseResilience.StartupPipeline(maxAttempts: int.MaxValue).ExecuteAsync(OpenAsync, CancellationToken.None);
                _wake.Release();
            }
            catch (Exception e)
            {
                logger.LogError("Repairing the search index failed ({Error}); it is retried at the next health check", e.GetType().Name);
            }
            finally
            {
                Volatile.Write(ref _repairing, 0);
            }
        });
    }

    /// <summary>Hands every change after the current position to the consumers, in batches.</summary>
    private async Task CatchUpAsync(CancellationToken ct)
    {
        if (!search.IsReady) return;
        while (true)
        {
            var batch = await _feed.ReadAsync(1000, ct);
            var changes = batch.Changes;
            if (changes.Count == 0)
            {
                _feed.Accept(batch); // gaps may have expired
                return;
            }
            var handed = new ChangeBatch(changes, batch.SafePosition);
            foreach (var consumer in _consumers)
            {
                var applied = await consumer.ApplyAsync(handed, ct);
                if (applied == 0) continue;
                _applied.AddOrUpdate(consumer.Name, applied, (_, sum) => sum + applied);
                telemetry.ChangesApplied.Add(applied, new KeyValuePair<string, object?>("consumer", consumer.Name));
            }
            // Only now: had applying failed, the same changes would be read again.
            _feed.Accept(batch);
            if (changes.Count < 1000) return;
        }
    }

    /// <summary>Rebuilds from the database at once (operators, benchmark); changes during it are caught up after.</summary>
    public async Task RebuildNowAsync(CancellationToken ct)
    {
        var latest = await _feed.LatestAsync(ct);
        await search.RebuildAsync(_databaseId!, latest, ct);
        await _feed.ResetAfterRebuildAsync(latest, ct);
        _wake.Release();
    }

    private async Task ReconcileAsync(CancellationToken ct)
    {
        var latest = await _feed.LatestAsync(ct);
        await using var session = store.QuerySession();
        var count = await session.Query<Domain.Volunteers.Volunteer>().CountAsync(ct);
        if (count == search.Index.DocumentCount) return;
        logger.LogWarning("Index drifted from the database ({IndexCount} vs {DatabaseCount} volunteers); rebuilding", search.Index.DocumentCount, count);
        await search.RebuildAsync(_databaseId!, latest, ct);
        await _feed.ResetAfterRebuildAsync(latest, ct);
    }

    /// <summary>LISTEN on a dedicated connection; every notification wakes the loop at once.</summary>
    private async Task ListenAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { KeepAlive = 30 }.ConnectionString);
                await connection.OpenAsync(ct);
                connection.Notification += (_, e) => { if (e.Payload == storage.Value.Schema) _wake.Release(); };
                await using (var listen = new NpgsqlCommand($"listen {ChangeLog.Channel}", connection)) await listen.ExecuteNonQueryAsync(ct);
                _wake.Release(); // catch up on anything committed while we were not listening
                while (!ct.IsCancellationRequested) await connection.WaitAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or IOException)
            {
                // Polling carries on meanwhile; try listening again shortly.
                await Task.Delay(TimeSpan.FromSeconds(1), ct).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
