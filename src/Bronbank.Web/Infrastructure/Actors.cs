using System.Security.Claims;

namespace Bronbank.Web.Infrastructure;

/// <summary>
/// Who is acting, read from the claims every sign-in gives. The actor recorded in events and audit entries
/// is an id, never a name; pages show the person's name instead (<c>Accounts/ActorNames</c>).
/// </summary>
public static class Actors
{
    public const string BuurthuisClaim = "bronbank:buurthuis";

    /// <summary>The installation key, before any user exists.</summary>
    public const string Bootstrap = "bootstrap-key";

    /// <summary>An erasure on request: it closes and masks the volunteer's matches in their history.</summary>
    public const string Erasure = "erasure";

    /// <summary>The id recorded as the actor of events and audit entries.</summary>
    public static string ActorId(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";

    /// <summary>The buurthuizen a board member speaks for.</summary>
    public static IReadOnlyList<string> Buurthuizen(this ClaimsPrincipal principal) =>
        [.. principal.FindAll(BuurthuisClaim).Select(c => c.Value)];
}
