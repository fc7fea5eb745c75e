using Bronbank.Web.Storage;

namespace Bronbank.Web.Search;

/// <summary>Puts a committed write into this instance's index before the HTTP response returns.</summary>
internal sealed class IndexWriteListener(SearchIndex search, IndexSynchronizer synchronizer, ILogger<IndexWriteListener> logger) : IWriteListener
{
    public Task OnChangedAsync(ChangedEntity entity, Guid id, CancellationToken ct) => OnChangedAsync(entity, [id], ct);

    public async Task OnChangedAsync(ChangedEntity entity, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (entity != ChangedEntity.Volunteer || !search.IsReady || ids.Count == 0) return;
        try
        {
            foreach (var batch in ids.Chunk(1000)) await search.ApplyWrittenAsync(batch);
        }
        catch (Exception e) when (DatabaseResilience.IsUnavailable(e))
        {
            // The write is committed; the change feed will bring it into the index once the database answers.
            logger.LogWarning("Could not refresh the index after a write ({Error}); the change feed will catch up", e.GetType().Name);
        }
        catch (IndexNotReadyException)
        {
            // Being rebuilt: the rebuild reads the database after this write was committed.
        }
        catch (Exception e) when (IndexSynchronizer.IsIndexDamage(e))
        {
            // The write is committed; the index is not. Replace the index rather than fail the write.
            synchronizer.RequestRepair("writing to the index failed (" + e.GetType().Name + ")");
        }
    }
}
