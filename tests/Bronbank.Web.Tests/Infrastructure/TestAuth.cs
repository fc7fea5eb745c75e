using System.Net.Http.Headers;

namespace Bronbank.Web.Tests.Infrastructure;

public static class TestAuth
{
    /// <summary>The configured bootstrap key of every test host; it holds every role.</summary>
    public const string BootstrapKey = "test-bootstrap-key-6f1d2c9a8b7e";

    public static HttpClient WithKey(this HttpClient client, string key)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>Creates a user with these roles (as admin, through the API) and returns a client acting with their new key.</summary>
    public static async Task<(HttpClient Client, Guid UserId)> ClientAsAsync(this BronbankFactory factory, string[] roles, string[]? buurthuizen = null)
    {
        var admin = factory.CreateClient();
        foreach (var buurthuis in buurthuizen ?? []) await admin.EnsureBuurthuisAsync(buurthuis);
        var email = $"{string.Join("-", roles)}-{Guid.NewGuid():N}@example.nl";
        var user = await admin.PostJsonAsync("/api/v1/users", new { email, name = "Test " + string.Join("/", roles), roles, buurthuizen = buurthuizen ?? [] });
        user.EnsureSuccessStatusCode();
        var userId = (await user.ReadObjectAsync())["id"]!.GetValue<Guid>();
        var key = await admin.PostJsonAsync($"/api/v1/users/{userId}/api-keys", new { name = "tests" });
        key.EnsureSuccessStatusCode();
        return (factory.CreateClient().WithKey((await key.ReadObjectAsync())["key"]!.GetValue<string>()), userId);
    }
}
