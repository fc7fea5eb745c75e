using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bronbank.Web.Accounts;

/// <summary>Sign-in for the staff pages. One message for every failure, so it never tells whether an account exists or is locked.</summary>
[AllowAnonymous]
public sealed class SignInModel(AccountService accounts) : PageModel
{
    public const string FailedMessage = "Dit e-mailadres en wachtwoord horen niet bij elkaar, of het account is tijdelijk geblokkeerd. Probeer het over een kwartier opnieuw of vraag de beheerder.";

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password) ? null : await accounts.SignInAsync(Email, Password, ct);
        if (user is null)
        {
            Error = FailedMessage;
            Password = null;
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Principals.For(user, CookieAuthenticationDefaults.AuthenticationScheme));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
