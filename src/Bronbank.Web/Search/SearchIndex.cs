using Bronbank.Domain.Volunteers;
using Bronbank.Matching;
using Bronbank.Web.Areas;
using Bronbank.Web.Infrastructure;
using Bronbank.Web.Storage;
using Marten;

namespace Bronbank.Web.Search;

/// <summary>
/// This instance's volunteer index and what it has applied: a consumer of the change feed. Writes go
/// through one gate, each loading the profile as committed now, so a slower apply can never put an older
/// state over a newer one.
/// </summary>
public sealed class SearchIndex(IDocumentStore store, AreaDirectory areas, Telemetry.BronbankTelemetry telemetry, ILogger<SearchIndex> logger) : IChangeConsumer, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private VolunteerIndex? _index;

    public VolunteerIndex Index => _index ?? throw new IndexNotReadyException();

    public bool IsReady => _index is not null && !Rebuilding;

    public bool Rebuilding { get; private set; }

    public DateTimeOffset? LastAppliedAt { get; private set; }

    private string? _databaseId;

    internal void Attach(VolunteerIndex index, string databaseId)
    {
        _index = index;
        _databaseId = databaseId;
    }

    public string Name => "volunteers";

    public async Task<int> ApplyAsync(ChangeBatch batch, CancellationToken ct)
    {
        if (batch.Has(ChangeTracking.KindOf<StoredAreas>()))
        {
            // New coordinates for areas touch every volunteer's distance: rebuild (the areas were reloaded before us).
            await RebuildAsync(_databaseId!, batch.SafePosition, ct);
            return batch.IdsOf(ChangeTracking.KindOf<Volunteer>()).Count;
        }
        var ids = batch.IdsOf(ChangeTracking.KindOf<Volunteer>());
        await ApplyAsync(ids, batch.SafePosition, ct);
        return ids.Count;
    }

    /// <summary>Null when this instance's index files are sound, otherwise what is wrong with them.</summary>
    public async Task<string?> CheckFilesAsync(CancellationToken ct)
    {
        if (_index is null || Rebuilding) return null;
        await _gate.WaitAsync(ct);
        try { return _index?.CheckFiles(); }
        finally { _gate.Release(); }
    }

    /// <summary>Takes the index out of service and closes it, so that it can be opened afresh (and rebuilt).</summary>
    internal async Task DetachAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var old = _index;
            _index = null;
            try { old?.Abandon(); }
            catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException)
            {
                // A damaged index may fail to close cleanly; it is being replaced either way.
                logger.LogWarning("Closing the damaged index failed ({Error})", e.GetType().Name);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Ranks candidates for a request, timed and traced.</summary>
    public IReadOnlyList<Candidate> FindCandidates(CandidateQuery query) => Timed("bronbank.candidates", index => index.FindCandidates(query));

    /// <summary>Free search of the pool, timed and traced like candidates.</summary>
    public IReadOnlyList<Candidate> Search(PoolSearch search) => Timed("bronbank.pool_search", index => index.Search(search));

    private IReadOnlyList<Candidate> Timed(string name, Func<VolunteerIndex, IReadOnlyList<Candidate>> rank)
    {
        using var activity = Telemetry.BronbankTelemetry.Activities.StartActivity(name);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var candidates = rank(Index);
        telemetry.CandidateDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("kind", name));
        activity?.SetTag("bronbank.candidates.count", candidates.Count);
        return candidates;
    }

    private static readonly TimeSpan CommitEvery = TimeSpan.FromSeconds(1);
    private DateTimeOffset _lastCommit;
    private long? _uncommitted;

    private void CommitNow(VolunteerIndex index, long position)
    {
        index.Commit(position);
        _lastCommit = DateTimeOffset.UtcNow;
        _uncommitted = null;
    }

    /// <summary>Commits a position applied since the last commit once it is due (the synchronizer calls this when idle).</summary>
    public async Task CommitIfDueAsync(CancellationToken ct)
    {
        if (_uncommitted is null || DateTimeOffset.UtcNow - _lastCommit < CommitEvery || _index is null) return;
        await _gate.WaitAsync(ct);
        try
        {
            if (_uncommitted is { } position && _index is { } index) CommitNow(index, position);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Re-reads these volunteers from the database and puts their current state in the index.</summary>
    private async Task ApplyAsync(IReadOnlyCollection<Guid> ids, long position, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var index = Index;
            var deleted = false;
            if (ids.Count > 0)
            {
                await using var session = store.QuerySession();
                var documents = await VolunteerDocuments.LoadAsync(session, ids, areas.Current, ct);
                foreach (var id in ids)
                {
                    if (documents.TryGetValue(id, out var document)) index.Upsert(document);
                    else { index.Delete(id); deleted = true; }
                }
            }
            if (deleted)
            {
                // Erasure: a deleted person's words must leave the files on disk too, not only the live view.
                // Purging merges and commits, so it also stands for this batch's commit.
                index.PurgeDeleted(position);
                _lastCommit = DateTimeOffset.UtcNow;
                _uncommitted = null;
            }
            else if (DateTimeOffset.UtcNow - _lastCommit >= CommitEvery)
            {
                // A durable commit (fsync) at most once a second; in between the changes are only made visible.
                // Should the process die, the index resumes from its last commit and the feed replays the rest.
                CommitNow(index, position);
            }
            else
            {
                index.Refresh();
                _uncommitted = position;
            }
            LastAppliedAt = DateTimeOffset.UtcNow;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Rebuilds the whole index from PostgreSQL, for a new, damaged or foreign index.</summary>
    public async Task RebuildAsync(string databaseId, long position, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        Rebuilding = true;
        try
        {
            var started = DateTimeOffset.UtcNow;
            await using var session = store.QuerySession();
            // Streamed page by page into the index, so a rebuild never holds every profile twice.
            await Task.Run(() => Index.Rebuild(VolunteerDocuments.StreamAllAsync(session, areas.Current, ct).ToBlockingEnumerable(ct), databaseId, position), ct);
            logger.LogInformation("Index rebuilt from the database: {Count} volunteers in {Seconds:F1} s", Index.DocumentCount, (DateTimeOffset.UtcNow - started).TotalSeconds);
            // What the rebuild replaced (the old profiles in memory, the old segments' tables) is garbage now: at a
            // million volunteers over a gigabyte. A compacting collection gives it back to the system at once,
            // rather than the process holding it as free heap; a rebuild is rare and the index is not serving yet.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        finally
        {
            Rebuilding = false;
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _index?.Dispose();
        _gate.Dispose();
    }
}

public sealed class IndexNotReadyException() : NotReadyException("The search index is not ready yet.",
    "Search index not ready", "The search index is being opened or rebuilt; try again in a few seconds.");
