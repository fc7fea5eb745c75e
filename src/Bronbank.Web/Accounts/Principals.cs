using System.Security.Claims;
using Bronbank.Web.Infrastructure;

namespace Bronbank.Web.Accounts;

/// <summary>The claims a signed-in user or the installation key carries (read back through <see cref="Actors"/>).</summary>
public static class Principals
{
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
        claims.AddRange(user.Buurthuizen.Select(b => new Claim(Actors.BuurthuisClaim, b)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static ClaimsPrincipal Bootstrap()
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, Actors.Bootstrap), new(ClaimTypes.Name, "Bootstrap key") };
        claims.AddRange(Roles.All.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyAuthenticationHandler.SchemeName));
    }
}
