using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Bronbank.Web.Accounts;

public sealed class OpenIdConnectSettings
{
    public const string Section = "Bronbank:OpenIdConnect";

    /// <summary>The organisation's identity provider; OpenID Connect is on only when this is set.</summary>
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>The claim in the provider's token that carries Bronbank role names (admin, staff, coordinator, board).</summary>
    public string RoleClaim { get; set; } = "roles";
}

/// <summary>Organisations with their own identity provider sign staff in through it instead of local passwords.</summary>
internal static class OpenIdConnectSetup
{
    public const string Scheme = OpenIdConnectDefaults.AuthenticationScheme;

    public static void AddIfConfigured(Microsoft.AspNetCore.Authentication.AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var settings = configuration.GetSection(OpenIdConnectSettings.Section).Get<OpenIdConnectSettings>();
        if (string.IsNullOrWhiteSpace(settings?.Authority)) return;
        authentication.AddOpenIdConnect(Scheme, "Inloggen via de organisatie", o =>
        {
            o.Authority = settings.Authority;
            o.ClientId = settings.ClientId;
            o.ClientSecret = settings.ClientSecret;
            o.ResponseType = "code";
            o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.TokenValidationParameters.RoleClaimType = settings.RoleClaim;
            o.TokenValidationParameters.NameClaimType = "name";
            o.Scope.Add("profile");
        });
    }
}
