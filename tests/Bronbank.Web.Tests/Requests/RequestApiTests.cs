using System.Net;
using System.Net.Http.Json;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Requests;

public sealed class RequestApiTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Creating_a_request_returns_201_open_with_defaults()
    {
        var response = await _client.PostRawAsync("/api/v1/requests",
            """{"question":"Dhr. zoekt hulp bij formulieren van de gemeente.","neighbourhood":"overvecht"}""");

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await response.ReadObjectAsync();
        var id = body["id"]!.GetValue<Guid>();
        response.Headers.Location!.ToString().Should().Be($"/api/v1/requests/{id}");
        body["status"]!.GetValue<string>().Should().Be("open");
        body["neighbourhood"]!.GetValue<string>().Should().Be("Overvecht");
        body["availability"]!.AsArray().Should().BeEmpty("an empty availability means the resident is flexible");
        body["languages"]!.AsArray().Select(l => l!.GetValue<string>()).Should().Equal("nl");
    }

    [Fact]
    public async Task A_request_can_be_updated_then_closed_and_is_listed_by_status()
    {
        var created = await (await _client.PostJsonAsync("/api/v1/requests", Samples.Request())).ReadObjectAsync();
        var id = created["id"]!.GetValue<Guid>();

        var updated = await _client.PutAsJsonAsync($"/api/v1/requests/{id}",
            Samples.Request("Mw. wil graag samen wandelen, liefst op dinsdag.").With("availability", new[] { "di-middag", "di-ochtend" }), HttpExtensions.Json);
        updated.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await updated.ReadObjectAsync();
        body["question"]!.GetValue<string>().Should().StartWith("Mw. wil graag samen wandelen");
        body["availability"]!.AsArray().Select(a => a!.GetValue<string>()).Should().Equal("di-ochtend", "di-middag");

        var closed = await (await _client.PostAsync($"/api/v1/requests/{id}/close", null)).ReadObjectAsync();
        closed["status"]!.GetValue<string>().Should().Be("closed");

        var list = await (await _client.GetAsync("/api/v1/requests?status=closed&pageSize=100")).ReadObjectAsync();
        list["items"]!.AsArray().Select(r => r!["id"]!.GetValue<Guid>()).Should().Contain(id);
        var open = await (await _client.GetAsync("/api/v1/requests?status=open&pageSize=100")).ReadObjectAsync();
        open["items"]!.AsArray().Select(r => r!["id"]!.GetValue<Guid>()).Should().NotContain(id);
    }

    [Fact]
    public async Task A_request_can_be_closed_through_put_and_deleted()
    {
        var created = await (await _client.PostJsonAsync("/api/v1/requests", Samples.Request())).ReadObjectAsync();
        var id = created["id"]!.GetValue<Guid>();

        var closed = await (await _client.PutAsJsonAsync($"/api/v1/requests/{id}", Samples.Request().With("status", "closed"), HttpExtensions.Json)).ReadObjectAsync();
        closed["status"]!.GetValue<string>().Should().Be("closed");

        (await _client.DeleteAsync($"/api/v1/requests/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await _client.GetAsync($"/api/v1/requests/{id}")).ShouldBeProblemAsync(404);
    }

    public static TheoryData<string, object?, string> InvalidFields => new()
    {
        { "question", null, "question" },
        { "question", new string('q', 2001), "question" },
        { "neighbourhood", "Gotham", "neighbourhood" },
        { "availability", new[] { "weekend" }, "availability" },
        { "languages", new[] { "123" }, "languages" },
        { "status", "pending", "status" },
        { "residentRef", new string('r', 101), "residentRef" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task An_invalid_field_is_named_and_nothing_is_stored(string field, object? value, string errorKey)
    {
        var before = await TotalAsync();
        var problem = await (await _client.PostJsonAsync("/api/v1/requests", Samples.Request().With(field, value))).ShouldBeProblemAsync(400);
        problem.ErrorsFor(errorKey).Should().NotBeEmpty();
        (await TotalAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Listing_with_an_unknown_status_is_a_400()
    {
        var problem = await (await _client.GetAsync("/api/v1/requests?status=lost")).ShouldBeProblemAsync(400);
        problem.ErrorsFor("status").Should().NotBeEmpty();
    }

    [Fact]
    public async Task Updating_with_a_stale_etag_is_412_and_changes_nothing()
    {
        var created = await (await _client.PostJsonAsync("/api/v1/requests", Samples.Request())).ReadObjectAsync();
        var id = created["id"]!.GetValue<Guid>();
        (await _client.PutAsJsonAsync($"/api/v1/requests/{id}", Samples.Request("Mw. zoekt iemand om mee te fietsen."), HttpExtensions.Json)).EnsureSuccessStatusCode();

        var problem = await (await _client.SendAsync(Edit(id, "Mw. zoekt iemand om mee te koken.", "\"1\""))).ShouldBeProblemAsync(412);

        problem["detail"]!.GetValue<string>().Should().Contain("request is at version 2, not 1");
        var current = await (await _client.GetAsync($"/api/v1/requests/{id}")).ReadObjectAsync();
        current["question"]!.GetValue<string>().Should().Be("Mw. zoekt iemand om mee te fietsen.");
        current["version"]!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public async Task Two_concurrent_edits_of_the_same_version_let_exactly_one_win()
    {
        var created = await (await _client.PostJsonAsync("/api/v1/requests", Samples.Request())).ReadObjectAsync();
        var id = created["id"]!.GetValue<Guid>();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => _client.SendAsync(Edit(id, $"Mw. zoekt hulp bij klus {i}.", "\"1\""))));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
        responses.Where(r => r.StatusCode != HttpStatusCode.OK).Select(r => (int)r.StatusCode).Should().OnlyContain(s => s == 409 || s == 412);
        var current = await (await _client.GetAsync($"/api/v1/requests/{id}")).ReadObjectAsync();
        current["version"]!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public async Task An_update_is_checked_before_the_request_is_looked_up_and_an_unknown_one_is_404()
    {
        var created = await (await _client.PostJsonAsync("/api/v1/requests", Samples.Request())).ReadObjectAsync();
        var id = created["id"]!.GetValue<Guid>();

        var invalid = await (await _client.SendAsync(Edit(id, "", "\"1\""))).ShouldBeProblemAsync(400);
        invalid.ErrorsFor("question").Should().NotBeEmpty();
        var invalidAndUnknown = await (await _client.SendAsync(Edit(Guid.NewGuid(), "", null))).ShouldBeProblemAsync(400);
        invalidAndUnknown.ErrorsFor("question").Should().NotBeEmpty("the draft is validated before the request is loaded");
        var unknown = await (await _client.SendAsync(Edit(Guid.NewGuid(), "Mw. zoekt hulp.", null))).ShouldBeProblemAsync(404);
        unknown["detail"]!.GetValue<string>().Should().StartWith("No help request with id");

        var current = await (await _client.GetAsync($"/api/v1/requests/{id}")).ReadObjectAsync();
        current["version"]!.GetValue<int>().Should().Be(1);
        current["question"]!.GetValue<string>().Should().Be(created["question"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_owner_who_is_no_coordinator_is_a_400_on_create_and_update()
    {
        var before = await TotalAsync();
        var notCreated = await (await _client.PostJsonAsync("/api/v1/requests", Samples.Request().With("owner", Guid.NewGuid()))).ShouldBeProblemAsync(400);
        notCreated.ErrorsFor("owner").Should().ContainSingle().Which.Should().Be("No coordinator with this id.");
        (await TotalAsync()).Should().Be(before);

        var created = await (await _client.PostJsonAsync("/api/v1/requests", Samples.Request())).ReadObjectAsync();
        var id = created["id"]!.GetValue<Guid>();
        var notUpdated = await (await _client.PutAsJsonAsync($"/api/v1/requests/{id}", Samples.Request().With("owner", Guid.NewGuid()), HttpExtensions.Json)).ShouldBeProblemAsync(400);
        notUpdated.ErrorsFor("owner").Should().ContainSingle();
        (await (await _client.GetAsync($"/api/v1/requests/{id}")).ReadObjectAsync())["version"]!.GetValue<int>().Should().Be(1);
    }

    private static HttpRequestMessage Edit(Guid id, string question, string? ifMatch)
    {
        var message = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/requests/{id}")
        {
            Content = JsonContent.Create(Samples.Request(question), options: HttpExtensions.Json),
        };
        if (ifMatch is not null) message.Headers.IfMatch.ParseAdd(ifMatch);
        return message;
    }

    private async Task<long> TotalAsync() =>
        (await (await _client.GetAsync("/api/v1/requests?pageSize=1")).ReadObjectAsync())["total"]!.GetValue<long>();
}
