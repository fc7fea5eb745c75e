using System.Security.Claims;
using Bronbank.Web.Storage;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Bronbank.Web.Accounts;

/// <summary>
/// Checks a browser session against its user on every request (one primary-key read): a user who was
/// disabled, or whose security stamp changed (enable, roles, password), is signed out at once.
/// Sessions from an identity provider (no Bronbank user id) are left to that provider.
/// </summary>
public static class SessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return;
        try
        {
            await using var session = context.HttpContext.RequestServices.GetRequiredService<IDocumentStore>().QuerySession();
            var user = await session.LoadAsync<User>(userId, context.HttpContext.RequestAborted);
            if (user is { Disabled: false } && user.SecurityStamp == (principal.FindFirstValue(Principals.SecurityStampClaim) ?? "")) return;
        }
        catch (Exception e) when (DatabaseResilience.IsUnavailable(e))
        {
            // Nothing can be disabled while the database is away; reads from the index go on.
            return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
