using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Bronbank.Web.Infrastructure;

/// <summary>
/// Tells a generated client how to authenticate: the API key as a Bearer scheme and the staff app's
/// cookie, required on every operation that is not anonymous, with the roles its policy allows in its
/// description; tags with descriptions; the server URL without a trailing slash.
/// </summary>
internal static class OpenApiSecurity
{
    public const string ApiKeyScheme = "apiKey";
    public const string CookieScheme = "cookie";

    public static OpenApiOptions AddBronbankDescriptions(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, context, _) =>
        {
            var cookie = context.ApplicationServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
                .Get(CookieAuthenticationDefaults.AuthenticationScheme).Cookie.Name ?? "bronbank";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
            {
                [ApiKeyScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "bbk_ API key",
                    Description = "An API key issued by an admin for a user (POST /api/v1/users/{id}/api-keys): Authorization: Bearer <key>. It carries that user's roles.",
                },
                [CookieScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = cookie,
                    Description = "The staff app's sign-in cookie (/inloggen). A change made with it needs the anti-forgery token in the RequestVerificationToken header.",
                },
            };
            document.Info.Description ??= "Bronbank: a databank of volunteers for Dutch neighbourhood social work. Every error is RFC 9457 problem+json.";
            document.Info.License ??= new OpenApiLicense { Name = "Proprietary", Url = new Uri("https://example.invalid/bronbank/license") };
            document.Info.Contact ??= new OpenApiContact { Name = "Bronbank", Url = new Uri("https://example.invalid/bronbank") };
            foreach (var server in document.Servers ?? []) server.Url = server.Url?.TrimEnd('/') is { Length: > 0 } url ? url : "/";
            var used = (document.Paths?.Values.AsEnumerable() ?? []).SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>())
                .Select(t => t.Name).OfType<string>().Distinct().Order(StringComparer.Ordinal);
            document.Tags = new HashSet<OpenApiTag>(used.Select(name => new OpenApiTag { Name = name, Description = OpenApiTags.Describe(name) }));
            return Task.CompletedTask;
        });
        options.AddOperationTransformer(async (operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAllowAnonymous>().Any())
            {
                operation.Security = [];
                operation.Description = Append(operation.Description, "Allowed without signing in.");
                return;
            }
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] },
            ];
            var roles = await RolesAsync(metadata.OfType<IAuthorizeData>(), context.ApplicationServices);
            operation.Description = Append(operation.Description,
                roles.Count == 0 ? "Roles: any signed-in user." : $"Roles: {string.Join(", ", roles)}.");
        });
        return options;
    }

    private static async Task<IReadOnlyList<string>> RolesAsync(IEnumerable<IAuthorizeData> data, IServiceProvider services)
    {
        var provider = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var roles = new List<string>();
        foreach (var item in data)
        {
            roles.AddRange(item.Roles?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? []);
            if (item.Policy is { } name && await provider.GetPolicyAsync(name) is { } policy)
                roles.AddRange(policy.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles));
        }
        return [.. roles.Distinct()];
    }

    private static string Append(string? description, string sentence) =>
        string.IsNullOrWhiteSpace(description) ? sentence : description.TrimEnd() + " " + sentence;
}
