using System.Text.Json.Nodes;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests;

public sealed class OpenApiTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_openapi_document_describes_every_route_and_its_problem_answers()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject();

        paths.Select(p => p.Key).Should().Contain(["/api/v1/volunteers", "/api/v1/volunteers/{id}", "/api/v1/requests", "/api/v1/requests/{id}", "/api/v1/areas"]);
        var create = paths["/api/v1/volunteers"]!["post"]!;
        create["operationId"]!.GetValue<string>().Should().Be("CreateVolunteer");
        create["responses"]!.AsObject().Select(r => r.Key).Should().Contain(["201", "400", "503"]);
        create["responses"]!["400"]!["content"]!.AsObject().Select(c => c.Key).Should().Contain("application/problem+json");
        paths["/api/v1/volunteers/{id}"]!["put"]!["responses"]!.AsObject().Select(r => r.Key).Should().Contain(["200", "400"]);
    }

    [Fact]
    public async Task An_interactive_api_page_is_served_for_people()
    {
        var html = await _client.GetStringAsync("/api/");
        html.Should().Contain("<title>Bronbank API</title>");

        // Scalar's script strips its own path (/api/) to find the app's base and loads the document from there.
        var relative = System.Text.RegularExpressions.Regex.Match(html, "\"url\":\"([^\"]+)\"").Groups[1].Value;
        var resolved = new Uri(_client.BaseAddress!, "/" + relative);
        var document = JsonNode.Parse(await _client.GetStringAsync(resolved))!;
        document["paths"]!.AsObject().Should().NotBeEmpty();
    }
}
