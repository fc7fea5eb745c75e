namespace Bronbank.Web.Storage;

/// <summary>
/// Told, on the instance that made it, about a change that has just been committed — so that instance's
/// derived data (the search index) is current before the HTTP response returns. Other instances learn
/// of the same change from the change feed.
/// </summary>
public interface IWriteListener
{
    Task OnChangedAsync(ChangedEntity entity, Guid id, CancellationToken ct);

    /// <summary>Many changes at once (an import), applied together.</summary>
    Task OnChangedAsync(ChangedEntity entity, IReadOnlyCollection<Guid> ids, CancellationToken ct);
}
