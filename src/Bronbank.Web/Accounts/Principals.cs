using System.Security.Claims;

namespace Bronbank.Web.Accounts;

/// <summary>Who is acting, as claims; the actor recorded in events and audit is an id, never a name.</summary>
public static class Principals
{
    public const string BuurthuisClaim = "bronbank:buurthuis";
    public const string BootstrapActor = "bootstrap-key";
    public const string SecurityStampClaim = "bronbank:stamp";

    public static ClaimsPrincipal For(User user, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.Name),
            new(SecurityStampClaim, user.SecurityStamp),
        };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(user.Buurthuizen.Select(b => new Claim(BuurthuisClaim, b)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static ClaimsPrincipal Bootstrap()
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, BootstrapActor), new(ClaimTypes.Name, "Bootstrap key") };
        claims.AddRange(Roles.All.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyAuthenticationHandler.SchemeName));
    }

    /// <summary>The id recorded as the actor of events and audit entries.</summary>
    public static string ActorId(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";

    public static IReadOnlyList<string> Buurthuizen(this ClaimsPrincipal principal) =>
        [.. principal.FindAll(BuurthuisClaim).Select(c => c.Value)];
}
