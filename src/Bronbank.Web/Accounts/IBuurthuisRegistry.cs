namespace Bronbank.Web.Accounts;

/// <summary>
/// The registered buurthuizen as accounts need them: a board member's buurthuizen must be registered ones.
/// Implemented by the Buurthuizen feature, so that accounts, which every feature uses, use none of them.
/// </summary>
public interface IBuurthuisRegistry
{
    /// <summary>The registered spelling of this name, or the reason it is not registered.</summary>
    Task<(string? Canonical, string? Error)> ResolveAsync(string name, CancellationToken ct);

    /// <summary>Registers a buurthuis of this name in this area unless one is (demo logins need theirs).</summary>
    Task EnsureAsync(string name, string area, CancellationToken ct);
}
