using Bronbank.Domain.Activities;
using Bronbank.Domain.Buurthuizen;
using Bronbank.Domain.Validation;
using Bronbank.Matching.Activities;
using Bronbank.Web.Areas;
using Bronbank.Web.Buurthuizen;
using Bronbank.Web.Storage;
using Marten;

namespace Bronbank.Web.Activities;

/// <summary>
/// This instance's activity index, a consumer of the change feed like the volunteer index: every change to
/// an activity on any instance is applied here, so it is searchable on every replica. The index lives in
/// memory and is filled from the database on first use; a change to a buurthuis (its name or place) or to
/// the areas fills it afresh. Applying a change twice is harmless: each apply reads the activity as committed.
/// </summary>
public sealed class ActivitySearch(IDocumentStore store, AreaDirectory areas) : IChangeConsumer
{
    private volatile ActivityIndex _index = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _loaded;

    public string Name => "activities";

    public async Task<int> ApplyAsync(ChangeBatch batch, CancellationToken ct)
    {
        var ids = batch.IdsOf(ChangeTracking.KindOf<Activity>());
        var places = batch.Has(ChangeTracking.KindOf<Buurthuis>()) || batch.Has(ChangeTracking.KindOf<StoredAreas>());
        if (ids.Count == 0 && !places) return 0;
        await _gate.WaitAsync(ct);
        try
        {
            if (!_loaded || places)
            {
                await LoadAllAsync(ct);
                return Math.Max(1, ids.Count);
            }
            await using var session = store.QuerySession();
            var activities = (await session.LoadManyAsync<Activity>(ct, ids)).ToDictionary(a => a.Id);
            var buurthuizen = await BuurthuizenAsync(session, activities.Values, ct);
            foreach (var id in ids)
            {
                if (activities.TryGetValue(id, out var activity) && buurthuizen.TryGetValue(activity.BuurthuisId, out var buurthuis))
                    _index.Upsert(Document(activity, buurthuis));
                else _index.Remove(id);
            }
            return ids.Count;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The index, filled from the database first if this instance has not done so yet.</summary>
    public async Task<ActivityIndex> IndexAsync(CancellationToken ct)
    {
        if (_loaded) return _index;
        await _gate.WaitAsync(ct);
        try
        {
            if (!_loaded) await LoadAllAsync(ct);
            return _index;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Activities for a resident's question. While the database is unreachable and this instance has not yet
    /// filled its index, there are none to offer rather than an error: the volunteers are answered from their index.
    /// </summary>
    public async Task<IReadOnlyList<ActivityMatch>> FindAsync(ActivityQuery query, CancellationToken ct)
    {
        try
        {
            return (await IndexAsync(ct)).Find(query);
        }
        catch (Exception e) when (DatabaseResilience.IsUnavailable(e))
        {
            return [];
        }
    }

    private async Task LoadAllAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var activities = await session.Query<Activity>().ToListAsync(ct);
        var buurthuizen = (await session.Query<Buurthuis>().ToListAsync(ct)).ToDictionary(b => b.Id);
        // Filled aside and swapped in whole, so a search meanwhile sees the old index, never a half-filled one.
        var index = new ActivityIndex();
        foreach (var activity in activities)
        {
            if (buurthuizen.TryGetValue(activity.BuurthuisId, out var buurthuis)) index.Upsert(Document(activity, buurthuis));
        }
        _index = index;
        _loaded = true;
    }

    private static async Task<Dictionary<Guid, Buurthuis>> BuurthuizenAsync(IQuerySession session, IEnumerable<Activity> activities, CancellationToken ct)
    {
        var ids = activities.Select(a => a.BuurthuisId).Distinct().ToArray();
        return ids.Length == 0 ? [] : (await session.LoadManyAsync<Buurthuis>(ct, ids)).ToDictionary(b => b.Id);
    }

    private ActivityDocument Document(Activity a, Buurthuis b) => new(
        a.Id, a.Title, a.Kind.ToWire(), a.Organisation, b.Id, b.Name, b.Area, b.LocationIn(areas.Current), a.Schedule.Slot,
        a.TargetGroups, a.Languages, a.Description);
}
