using System.Security.Claims;
using System.Text.Encodings.Web;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Bronbank.Web.Accounts;

/// <summary>
/// <c>Authorization: Bearer &lt;api key&gt;</c>. A validated key is remembered for a few seconds so a busy
/// client does not cost a database round trip per request; revoking a key drops it from this cache.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IDocumentStore store, IMemoryCache cache, BootstrapKey bootstrap)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var key = header["Bearer ".Length..].Trim();
        if (key.Length is < 16 or > 200) return AuthenticateResult.Fail("Malformed API key.");

        if (bootstrap.Matches(key))
            return await bootstrap.IsValidAsync(Context.RequestAborted)
                ? Success(Principals.Bootstrap())
                : AuthenticateResult.Fail("The bootstrap key has expired; use an admin's API key.");

        var cacheKey = CacheKey(ApiKeys.HashOf(key));
        if (cache.TryGetValue(cacheKey, out ClaimsPrincipal? cached) && cached is not null) return Success(cached);

        try
        {
            await using var session = store.QuerySession();
            var prefix = ApiKeys.PrefixOf(key);
            var record = (await session.Query<ApiKey>().Where(k => k.Prefix == prefix && k.RevokedAt == null).ToListAsync(Context.RequestAborted))
                .FirstOrDefault(k => ApiKeys.Matches(key, k.Hash));
            if (record is null) return AuthenticateResult.Fail("Unknown or revoked API key.");
            var user = await session.LoadAsync<User>(record.UserId, Context.RequestAborted);
            if (user is null || user.Disabled) return AuthenticateResult.Fail("The key's user is disabled.");

            var principal = Principals.For(user, SchemeName);
            cache.Set(cacheKey, principal, CacheFor);
            cache.Set(LastKnownKey(cacheKey), principal, KeepWhileDatabaseAway);
            return Success(principal);
        }
        catch (Exception e) when (Storage.DatabaseResilience.IsUnavailable(e)
                                  && cache.TryGetValue(LastKnownKey(cacheKey), out ClaimsPrincipal? known) && known is not null)
        {
            // The database is away: a key that was valid here lately keeps working, so reads from the index go on.
            // Nothing can be revoked while the database is away; a key revoked on another instance just
            // before the outage works here at most KeepWhileDatabaseAway longer, and only for reads.
            return Success(known);
        }
    }

    /// <summary>How long a key validated on this instance stays usable while the database cannot be asked.</summary>
    public static readonly TimeSpan KeepWhileDatabaseAway = TimeSpan.FromMinutes(15);

    private static string LastKnownKey(string cacheKey) => cacheKey + ":last-known";

    /// <summary>Drops a key from both caches (revocation, disabling its user).</summary>
    public static void Forget(IMemoryCache cache, string hash)
    {
        cache.Remove(CacheKey(hash));
        cache.Remove(LastKnownKey(CacheKey(hash)));
    }

    public static string CacheKey(string hash) => "apikey:" + hash;

    private AuthenticateResult Success(ClaimsPrincipal principal) =>
        AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
}
