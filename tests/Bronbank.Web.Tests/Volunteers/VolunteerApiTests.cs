using System.Net;
using System.Net.Http.Json;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Volunteers;

public sealed class VolunteerApiTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Creating_a_volunteer_returns_201_with_location_id_and_all_fields()
    {
        var response = await _client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer().With("neighbourhood", "zuilen"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await response.ReadObjectAsync();
        var id = body["id"]!.GetValue<Guid>();
        response.Headers.Location!.ToString().Should().Be($"/api/v1/volunteers/{id}");
        response.Headers.ETag!.Tag.Should().Be("\"1\"");
        body["name"]!.GetValue<string>().Should().Be("Gerrit Jansen");
        body["neighbourhood"]!.GetValue<string>().Should().Be("Zuilen", "area names are matched case-insensitively and stored canonically");
        body["passions"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Equal("lange wandelingen", "vogels kijken");
        body["availability"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Equal("di-ochtend", "do-ochtend");
        body["maxMatches"]!.GetValue<int>().Should().Be(2);
        body["active"]!.GetValue<bool>().Should().BeTrue();
        body["email"]!.GetValue<string>().Should().Be("gerrit@example.nl");

        var read = await _client.GetFromJsonAsync<Dictionary<string, object>>($"/api/v1/volunteers/{id}");
        read!["name"].ToString().Should().Be("Gerrit Jansen");
    }

    [Fact]
    public async Task Defaults_apply_when_optional_fields_are_absent_and_unknown_properties_are_ignored()
    {
        var response = await _client.PostRawAsync("/api/v1/volunteers",
            """{"name":"Anna","neighbourhood":"Lombok","talents":["taallessen geven"],"favouriteColour":"blauw"}""");

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await response.ReadObjectAsync();
        body["languages"]!.AsArray().Select(l => l!.GetValue<string>()).Should().Equal("nl");
        body["maxMatches"]!.GetValue<int>().Should().Be(1);
        body["active"]!.GetValue<bool>().Should().BeTrue();
        body["passions"]!.AsArray().Should().BeEmpty();
        body.ContainsKey("favouriteColour").Should().BeFalse();
    }

    [Fact]
    public async Task Updating_with_the_current_etag_replaces_the_profile_and_bumps_the_version()
    {
        var created = await (await _client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer())).ReadObjectAsync();
        var id = created["id"]!.GetValue<Guid>();

        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/volunteers/{id}")
        {
            Content = JsonContent.Create(Samples.Volunteer().With("active", false).With("passions", new[] { "schaken" }), options: HttpExtensions.Json),
        };
        put.Headers.IfMatch.ParseAdd("\"1\"");
        var response = await _client.SendAsync(put);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.ReadObjectAsync();
        body["version"]!.GetValue<int>().Should().Be(2);
        body["active"]!.GetValue<bool>().Should().BeFalse("pausing a volunteer is an update with active false");
        body["passions"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Equal("schaken");
        response.Headers.ETag!.Tag.Should().Be("\"2\"");
    }

    [Fact]
    public async Task Updating_with_a_stale_etag_is_412_and_changes_nothing()
    {
        var created = await (await _client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer())).ReadObjectAsync();
        var id = created["id"]!.GetValue<Guid>();
        (await _client.PutAsJsonAsync($"/api/v1/volunteers/{id}", Samples.Volunteer("Eerste wijziging"), HttpExtensions.Json)).EnsureSuccessStatusCode();

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/volunteers/{id}")
        {
            Content = JsonContent.Create(Samples.Volunteer("Tweede wijziging"), options: HttpExtensions.Json),
        };
        stale.Headers.IfMatch.ParseAdd("\"1\"");
        var problem = await (await _client.SendAsync(stale)).ShouldBeProblemAsync(412);

        problem["detail"]!.GetValue<string>().Should().Contain("version 2");
        var current = await (await _client.GetAsync($"/api/v1/volunteers/{id}")).ReadObjectAsync();
        current["name"]!.GetValue<string>().Should().Be("Eerste wijziging");
    }

    [Fact]
    public async Task Two_concurrent_edits_of_the_same_version_let_exactly_one_win()
    {
        var created = await (await _client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer())).ReadObjectAsync();
        var id = created["id"]!.GetValue<Guid>();

        HttpRequestMessage Edit(string name)
        {
            var message = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/volunteers/{id}")
            {
                Content = JsonContent.Create(Samples.Volunteer(name), options: HttpExtensions.Json),
            };
            message.Headers.IfMatch.ParseAdd("\"1\"");
            return message;
        }

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => _client.SendAsync(Edit($"Naam {i}"))));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
        responses.Where(r => r.StatusCode != HttpStatusCode.OK).Select(r => (int)r.StatusCode).Should().OnlyContain(s => s == 409 || s == 412);
        var current = await (await _client.GetAsync($"/api/v1/volunteers/{id}")).ReadObjectAsync();
        current["version"]!.GetValue<int>().Should().Be(2);
    }

    [Fact]
    public async Task Deleting_removes_the_profile_and_a_second_delete_is_404()
    {
        var created = await (await _client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer())).ReadObjectAsync();
        var id = created["id"]!.GetValue<Guid>();

        (await _client.DeleteAsync($"/api/v1/volunteers/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var problem = await (await _client.GetAsync($"/api/v1/volunteers/{id}")).ShouldBeProblemAsync(404);
        problem["detail"]!.GetValue<string>().Should().Contain(id.ToString());
        await (await _client.DeleteAsync($"/api/v1/volunteers/{id}")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task A_malformed_id_is_a_400_that_names_the_id()
    {
        var problem = await (await _client.GetAsync("/api/v1/volunteers/not-a-guid")).ShouldBeProblemAsync(400);
        problem.ErrorsFor("id").Should().ContainSingle().Which.Should().Contain("not-a-guid");
        await (await _client.PutAsJsonAsync("/api/v1/volunteers/123", Samples.Volunteer())).ShouldBeProblemAsync(400);
        await (await _client.DeleteAsync("/api/v1/volunteers/123")).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task Updating_an_unknown_volunteer_is_404()
    {
        var response = await _client.PutAsJsonAsync($"/api/v1/volunteers/{Guid.NewGuid()}", Samples.Volunteer(), HttpExtensions.Json);
        await response.ShouldBeProblemAsync(404);
    }
}
