using System.Text.Json.Nodes;

namespace Bronbank.Web.Tests.Infrastructure;

/// <summary>Short-hands for setting up data through the public API, as a user would.</summary>
public static class Api
{
    public static async Task<Guid> CreateVolunteerAsync(this HttpClient client, Dictionary<string, object?>? body = null)
    {
        if (body?.GetValueOrDefault("buurthuis") is string buurthuis) await client.EnsureBuurthuisAsync(buurthuis);
        var response = await client.PostJsonAsync("/api/v1/volunteers", body ?? Samples.Volunteer());
        response.EnsureSuccessStatusCode();
        return (await response.ReadObjectAsync())["id"]!.GetValue<Guid>();
    }

    /// <summary>Registers a buurthuis (as a user with the right would) and returns its id.</summary>
    public static async Task<Guid> CreateBuurthuisAsync(this HttpClient client, string name, string area = "Zuilen", object? extra = null)
    {
        var response = await client.PostJsonAsync("/api/v1/buurthuizen", extra ?? new { name, area });
        response.EnsureSuccessStatusCode();
        return (await response.ReadObjectAsync())["id"]!.GetValue<Guid>();
    }

    /// <summary>The id of the registered buurthuis of this name, registering it in <paramref name="area"/> when it is not yet.</summary>
    public static async Task<Guid> EnsureBuurthuisAsync(this HttpClient client, string name, string area = "Zuilen")
    {
        var list = (await (await client.GetAsync("/api/v1/buurthuizen")).ReadArrayAsync())
            .FirstOrDefault(b => string.Equals(b!["name"]!.GetValue<string>(), name.Trim(), StringComparison.OrdinalIgnoreCase));
        return list is not null ? list["id"]!.GetValue<Guid>() : await client.CreateBuurthuisAsync(name, area);
    }

    public static async Task<Guid> CreateRequestAsync(this HttpClient client, Dictionary<string, object?>? body = null)
    {
        var response = await client.PostJsonAsync("/api/v1/requests", body ?? Samples.Request());
        response.EnsureSuccessStatusCode();
        return (await response.ReadObjectAsync())["id"]!.GetValue<Guid>();
    }

    public static async Task<Guid> ProposeAsync(this HttpClient client, Guid requestId, Guid volunteerId)
    {
        var response = await client.PostJsonAsync("/api/v1/matches", new { requestId, volunteerId, note = "gebeld met beiden" });
        response.EnsureSuccessStatusCode();
        return (await response.ReadObjectAsync())["id"]!.GetValue<Guid>();
    }

    public static Task<HttpResponseMessage> ConfirmAsync(this HttpClient client, Guid matchId) =>
        client.PostJsonAsync($"/api/v1/matches/{matchId}/confirm", new { note = "beiden akkoord" });

    public static Task<HttpResponseMessage> DeclineAsync(this HttpClient client, Guid matchId, string reason = "no-click") =>
        client.PostJsonAsync($"/api/v1/matches/{matchId}/decline", new { reason, text = "geen klik" });

    public static Task<HttpResponseMessage> EndAsync(this HttpClient client, Guid matchId, string outcome = "completed") =>
        client.PostJsonAsync($"/api/v1/matches/{matchId}/end", new { outcome });

    public static async Task<string> StatusOfAsync(this HttpClient client, string url) =>
        (await (await client.GetAsync(url)).ReadObjectAsync())["status"]!.GetValue<string>();

    public static async Task<JsonObject> GetObjectAsync(this HttpClient client, string url) =>
        await (await client.GetAsync(url)).ReadObjectAsync();
}

public static class ActivityApiExtensions
{
    public static async Task<Guid> CreateActivityAsync(this HttpClient client, Dictionary<string, object?> body)
    {
        var response = await client.PostJsonAsync("/api/v1/activities", body);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.ReadObjectAsync())["id"]!.GetValue<Guid>();
    }
}
