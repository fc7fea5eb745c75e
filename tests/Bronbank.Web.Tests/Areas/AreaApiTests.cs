using System.Net;
using System.Net.Http.Json;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Areas;

public sealed class AreaApiTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_default_configuration_ships_the_utrecht_areas()
    {
        var areas = await _client.GetFromJsonAsync<List<AreaDto>>("/api/v1/areas", HttpExtensions.Json);

        areas!.Select(a => a.Wijk).Distinct().Should().Contain(["West", "Noordwest", "Overvecht", "Noordoost", "Oost", "Binnenstad", "Zuid", "Zuidwest", "Leidsche Rijn", "Vleuten-De Meern"]);
        areas.Should().Contain(a => a.Name == "Zuilen" && a.Wijk == "Noordwest" && a.Lat > 52 && a.Lon > 5);
    }

    [Fact]
    public async Task Replacing_the_areas_changes_what_profiles_may_use_and_a_bad_set_changes_nothing()
    {
        var original = await _client.GetFromJsonAsync<List<AreaDto>>("/api/v1/areas", HttpExtensions.Json);
        var bad = new[] { new AreaDto("Centrum", "Centrum", 95, 5), new AreaDto("centrum", "Centrum", 52, 5) };
        var problem = await (await _client.PutAsJsonAsync("/api/v1/areas", bad, HttpExtensions.Json)).ShouldBeProblemAsync(400);
        problem.ErrorsFor("areas[0]").Should().Contain(m => m.Contains("Lat"));
        problem.ErrorsFor("areas[1]").Should().Contain(m => m.Contains("more than once"));
        (await _client.GetFromJsonAsync<List<AreaDto>>("/api/v1/areas", HttpExtensions.Json)).Should().BeEquivalentTo(original);

        try
        {
            var replacement = original!.Append(new AreaDto("Nieuwe Buurt", "Zuid", 52.07, 5.13)).ToList();
            (await _client.PutAsJsonAsync("/api/v1/areas", replacement, HttpExtensions.Json)).StatusCode.Should().Be(HttpStatusCode.OK);

            (await _client.GetFromJsonAsync<List<AreaDto>>("/api/v1/areas", HttpExtensions.Json)).Should().Contain(a => a.Name == "Nieuwe Buurt");
            (await _client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer().With("neighbourhood", "nieuwe buurt")))
                .StatusCode.Should().Be(HttpStatusCode.Created);
        }
        finally
        {
            (await _client.PutAsJsonAsync("/api/v1/areas", original, HttpExtensions.Json)).EnsureSuccessStatusCode();
        }
    }

    private sealed record AreaDto(string Name, string Wijk, double Lat, double Lon);
}
