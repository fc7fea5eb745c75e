namespace Bronbank.Web.Storage;

public sealed record Change(long Seq, string Kind, Guid Id);

/// <summary>A batch of changes read from the feed, handed to every consumer once.</summary>
public sealed record ChangeBatch(IReadOnlyList<Change> Changes, long SafePosition)
{
    public IReadOnlyList<Guid> IdsOf(string kind) => [.. Changes.Where(c => c.Kind == kind).Select(c => c.Id).Distinct()];

    public bool Has(string kind) => Changes.Any(c => c.Kind == kind);
}

/// <summary>
/// Derives something on this instance from the change feed (the volunteer index, the request cache, the
/// areas). The instance's feed follower hands each batch to every consumer once, in registration order,
/// and moves on only when all of them applied it; a consumer must tolerate a change it has seen before
/// (after a crash the feed resumes from the index's last durable position).
/// </summary>
public interface IChangeConsumer
{
    /// <summary>The name shown in <c>GET /api/v1/index/status</c> and on the <c>bronbank.changes.applied</c> counter.</summary>
    string Name { get; }

    /// <summary>Applies the batch; returns how many of its changes concerned this consumer.</summary>
    Task<int> ApplyAsync(ChangeBatch batch, CancellationToken ct);
}

/// <summary>Lets a write wait until this instance's feed follower has passed it, so its answer reflects derived data.</summary>
public interface IChangeFollower
{
    /// <summary>
    /// Completes once every change committed before the call was handed to the consumers, or at once when
    /// that cannot happen now (index being opened, database unreachable); the feed catches up later.
    /// </summary>
    Task CaughtUpAsync(CancellationToken ct);
}
