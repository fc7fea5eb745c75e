using Bronbank.Matching;
using Bronbank.Web.Areas;
using Bronbank.Web.Storage;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bronbank.Web.Search;

/// <summary>
/// Keeps this instance's index in step with PostgreSQL: opens it at start (rebuilding a missing,
/// damaged, outdated or foreign one), then follows the change feed — woken by NOTIFY, polling as the
/// safety net — and reconciles the whole index now and then.
/// </summary>
public sealed class IndexSynchronizer(
    SearchIndex search, IDocumentStore store, DatabaseEndpoint database, DatabaseState databaseState, AreaDirectory areas, RecentRequests recentRequests,
    IOptions<IndexOptions> options, IOptions<StorageOptions> storage, ILogger<IndexSynchronizer> logger) : BackgroundService
{
    private readonly ChangeFeed _feed = new(database.ConnectionString, storage.Value.Schema);
    private readonly SemaphoreSlim _wake = new(0);
    private string? _databaseId;
    private int _repairing;

    public long Position => _feed.Position;

    public async Task<long> LatestChangeAsync(CancellationToken ct) => await _feed.LatestAsync(ct);

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
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
        await listener;
    }

    private async ValueTask OpenAsync(CancellationToken ct)
    {
        if (!databaseState.SchemaReady) await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        _databaseId = await DatabaseIdentityStore.GetOrCreateAsync(store, ct);
        var path = options.Value.ResolvePath(storage.Value.Schema);
        Directory.CreateDirectory(path);
        var index = VolunteerIndex.Open(path);
        search.Attach(index);

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
        logger.LogInformation("Search index ready: {Count} volunteers, change {Position}", index.DocumentCount, _feed.Position);
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

    /// <summary>Applies every change after the current position, in batches.</summary>
    public async Task CatchUpAsync(CancellationToken ct)
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
            if (changes.Any(c => c.Entity == ChangedEntity.Areas))
            {
                // New coordinates for areas touch every volunteer's distance: reload and rebuild.
                await using (var session = store.QuerySession()) await areas.ReloadAsync(session, ct);
                await search.RebuildAsync(_databaseId!, batch.SafePosition, ct);
                _feed.Accept(batch);
                continue;
            }
            var requests = changes.Where(c => c.Entity == ChangedEntity.Request).Select(c => c.Id).Distinct().ToList();
            if (requests.Count > 0)
            {
                await using var session = store.QuerySession();
                await recentRequests.RefreshAsync(requests, session, ct);
            }
            var ids = changes.Where(c => c.Entity == ChangedEntity.Volunteer).Select(c => c.Id).Distinct().ToList();
            await search.ApplyAsync(ids, batch.SafePosition, ct);
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
