using JasperFx;
using Marten;

namespace Bronbank.Web.Search;

internal static class DatabaseIdentityStore
{
    /// <summary>The database's identity, minted by whichever instance asks first.</summary>
    public static async Task<string> GetOrCreateAsync(IDocumentStore store, CancellationToken ct)
    {
        await using (var query = store.QuerySession())
        {
            if (await query.LoadAsync<DatabaseIdentity>(DatabaseIdentity.SingletonId, ct) is { } existing) return existing.Value.ToString();
        }
        try
        {
            await using var session = store.LightweightSession();
            session.Insert(new DatabaseIdentity { Value = Guid.NewGuid(), CreatedAt = DateTimeOffset.UtcNow });
            await session.SaveChangesAsync(ct);
        }
        catch (DocumentAlreadyExistsException)
        {
            // Another instance minted it at the same moment; use theirs.
        }
        await using var again = store.QuerySession();
        return (await again.LoadAsync<DatabaseIdentity>(DatabaseIdentity.SingletonId, ct))!.Value.ToString();
    }
}
