using Bronbank.Web.Storage;
using Marten;
using Microsoft.Extensions.Options;

namespace Bronbank.Web.Accounts;

/// <summary>When a configured bootstrap key was first accepted on this database (stored by its hash, never the key).</summary>
public sealed class BootstrapKeyRecord
{
    public string Id { get; set; } = "";
    public DateTimeOffset FirstUsedAt { get; set; }
}

/// <summary>
/// The bootstrap key holds every role, so it must not live forever: it is accepted for
/// <see cref="BootstrapOptions.ApiKeyHours"/> after this database first saw it. The start is stored, so a
/// restart does not renew it; a new key in configuration starts its own period.
/// </summary>
public sealed class BootstrapKey(IDocumentStore store, TimeProvider clock, IOptions<BootstrapOptions> options)
{
    private DateTimeOffset? _expiresAt;

    public bool IsConfigured => options.Value.ApiKey is { Length: >= 16 };

    public bool Matches(string key) => IsConfigured && ApiKeys.Matches(key, ApiKeys.HashOf(options.Value.ApiKey!));

    public async Task<DateTimeOffset> ExpiresAtAsync(CancellationToken ct)
    {
        if (_expiresAt is { } known) return known;
        var hash = ApiKeys.HashOf(options.Value.ApiKey!);
        await using var session = store.LightweightSession();
        var record = await session.LoadAsync<BootstrapKeyRecord>(hash, ct);
        if (record is null)
        {
            // Two instances starting together may both store it, milliseconds apart; either start will do.
            record = new BootstrapKeyRecord { Id = hash, FirstUsedAt = clock.GetUtcNow() };
            session.Store(record);
            await session.SaveChangesAsync(ct);
        }
        return (_expiresAt = record.FirstUsedAt + TimeSpan.FromHours(options.Value.ApiKeyHours)).Value;
    }

    /// <summary>True while the key may be used; false once expired or while the database cannot say.</summary>
    public async Task<bool> IsValidAsync(CancellationToken ct)
    {
        try
        {
            return clock.GetUtcNow() < await ExpiresAtAsync(ct);
        }
        catch (Exception e) when (DatabaseResilience.IsUnavailable(e))
        {
            return false;
        }
    }
}
