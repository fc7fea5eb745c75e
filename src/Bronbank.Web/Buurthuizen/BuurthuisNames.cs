using Bronbank.Domain.Buurthuizen;
using Marten;

namespace Bronbank.Web.Buurthuizen;

/// <summary>How volunteers, imports and board members name a buurthuis: a registered one, in its registered spelling.</summary>
public static class BuurthuisNames
{
    public static string Unknown(string name) =>
        $"Unknown buurthuis '{(name.Length > 60 ? name[..60] + "…" : name)}'; use one of GET /api/v1/buurthuizen or register it first.";

    /// <summary>Every registered name, looked up without regard to case.</summary>
    public static async Task<Dictionary<string, string>> LoadAsync(IQuerySession session, CancellationToken ct) =>
        (await session.Query<Buurthuis>().Select(b => b.Name).ToListAsync(ct)).ToDictionary(n => n, n => n, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Checks a named buurthuis (blank means none): null and the registered spelling when known, else the error.
    /// </summary>
    public static async Task<(string? Canonical, string? Error)> ResolveAsync(IQuerySession session, string? name, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name)) return (null, null);
        var found = await BuurthuisService.FindAsync(session, name, ct);
        return found is null ? (null, Unknown(name.Trim())) : (found.Name, null);
    }
}
