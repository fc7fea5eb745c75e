using System.Security.Claims;
using System.Security.Cryptography;
using Bronbank.Web.Accounts;
using Bronbank.Web.Infrastructure;
using Marten;

namespace Bronbank.Web.Agenda;

/// <summary>
/// The one subscription link of a buurthuis (its id is the buurthuis' id): only the SHA-256 of the secret
/// token is stored, as for API keys, so the link is shown once, right after it is made.
/// </summary>
public sealed class AgendaFeedLink
{
    public Guid Id { get; set; }
    public string Hash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The actor id of who made it (shown by name).</summary>
    public string CreatedBy { get; set; } = "";
}

/// <summary>
/// Making, replacing and resolving subscription links: <c>bbf_</c> + 43 characters of base64url
/// randomness (256 bits). Making a new link replaces the old one, which then answers 404.
/// </summary>
public sealed class AgendaFeedLinks(IDocumentSession session, IAuditLog audit, TimeProvider clock)
{
    public const string Scheme = "bbf_";
    public const string AuditAction = "feed-link-renewed";

    public static string NewToken() =>
        Scheme + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The path of the feed for this token, relative to the site.</summary>
    public static string PathOf(string token) => $"/api/v1/agenda/feeds/{token}.ics";

    /// <summary>Makes a new link for this buurthuis, revoking the one it had; recorded in the audit trail.</summary>
    public async Task<string> RenewAsync(Guid buurthuisId, ClaimsPrincipal user, CancellationToken ct)
    {
        var token = NewToken();
        session.Store(new AgendaFeedLink { Id = buurthuisId, Hash = ApiKeys.HashOf(token), CreatedAt = clock.GetUtcNow(), CreatedBy = user.ActorId() });
        audit.Record(user, AuditAction, "buurthuis", buurthuisId);
        await session.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>The buurthuis this token opens, or null for a wrong, malformed or replaced token.</summary>
    public async Task<Guid?> ResolveAsync(string token, CancellationToken ct)
    {
        if (!token.StartsWith(Scheme, StringComparison.Ordinal) || token.Length != Scheme.Length + 43) return null;
        var hash = ApiKeys.HashOf(token);
        var link = await session.Query<AgendaFeedLink>().Where(l => l.Hash == hash).FirstOrDefaultAsync(ct);
        return link is not null && ApiKeys.Matches(token, link.Hash) ? link.Id : null;
    }

    public async Task<IReadOnlyDictionary<Guid, AgendaFeedLink>> ForAsync(IReadOnlyCollection<Guid> buurthuisIds, CancellationToken ct) =>
        buurthuisIds.Count == 0 ? new Dictionary<Guid, AgendaFeedLink>()
            : (await session.LoadManyAsync<AgendaFeedLink>(ct, buurthuisIds)).ToDictionary(l => l.Id);
}
