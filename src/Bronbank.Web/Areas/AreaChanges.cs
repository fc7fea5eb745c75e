using Bronbank.Web.Storage;
using Marten;

namespace Bronbank.Web.Areas;

/// <summary>Reloads the areas when any instance replaced them; runs before the index, which then rebuilds with the new coordinates.</summary>
internal sealed class AreaChanges(AreaDirectory areas, IDocumentStore store) : IChangeConsumer
{
    public string Name => "areas";

    public async Task<int> ApplyAsync(ChangeBatch batch, CancellationToken ct)
    {
        if (!batch.Has(ChangeTracking.KindOf<StoredAreas>())) return 0;
        await using var session = store.QuerySession();
        await areas.ReloadAsync(session, ct);
        return 1;
    }
}
