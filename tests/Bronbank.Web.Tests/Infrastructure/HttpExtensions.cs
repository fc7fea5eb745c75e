using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bronbank.Web.Tests.Infrastructure;

public static class HttpExtensions
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<JsonObject> ReadObjectAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    /// <summary>Asserts an RFC 9457 answer and returns its body.</summary>
    public static async Task<JsonObject> ShouldBeProblemAsync(this HttpResponseMessage response, int status)
    {
        ((int)response.StatusCode).Should().Be(status, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var body = await response.ReadObjectAsync();
        body["status"]!.GetValue<int>().Should().Be(status);
        return body;
    }

    /// <summary>The messages of a validation problem for one field.</summary>
    public static string[] ErrorsFor(this JsonObject problem, string field) =>
        problem["errors"]?[field]?.AsArray().Select(n => n!.GetValue<string>()).ToArray() ?? [];

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Json);

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string json, string contentType = "application/json") =>
        client.PostAsync(url, new StringContent(json, System.Text.Encoding.UTF8, contentType));
}

public static class HttpArrayExtensions
{
    public static async Task<JsonArray> ReadArrayAsync(this HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }
}
