using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Areas;

/// <summary>Every endpoint that takes an area, as a filter or in a body, refuses an unknown one in the same words (one helper, <c>ErrorBag.KnownArea</c>).</summary>
public sealed class UnknownAreaTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private const string Message = "Unknown area 'Atlantis'; use one of GET /api/v1/areas.";
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/volunteers?neighbourhood=Atlantis", "neighbourhood")]
    [InlineData("/api/v1/volunteers/search?neighbourhood=Atlantis", "neighbourhood")]
    [InlineData("/api/v1/matches/stats?neighbourhood=Atlantis", "neighbourhood")]
    [InlineData("/api/v1/insights/themes?neighbourhood=Atlantis", "neighbourhood")]
    [InlineData("/api/v1/visits?area=Atlantis", "area")]
    [InlineData("/api/v1/agenda?area=Atlantis", "area")]
    [InlineData("/api/v1/agenda.ics?area=Atlantis", "area")]
    [InlineData("/api/v1/activities?area=Atlantis", "area")]
    [InlineData("/api/v1/buurthuizen?area=Atlantis", "area")]
    public async Task A_query_with_an_unknown_area_is_a_400_that_says_so_in_the_one_wording(string url, string field)
    {
        var problem = await (await _client.GetAsync(url)).ShouldBeProblemAsync(400);
        problem.ErrorsFor(field).Should().Equal(Message);
    }

    [Theory]
    [InlineData("/api/v1/volunteers", "neighbourhood")]
    [InlineData("/api/v1/requests", "neighbourhood")]
    [InlineData("/api/v1/candidates", "neighbourhood")]
    [InlineData("/api/v1/buurthuizen", "area")]
    [InlineData("/api/v1/visits", "area")]
    [InlineData("/api/v1/signals", "area")]
    public async Task A_body_with_an_unknown_area_is_a_400_in_the_same_wording(string url, string field)
    {
        var body = url switch
        {
            "/api/v1/volunteers" => Samples.Volunteer(neighbourhood: "Atlantis"),
            "/api/v1/requests" or "/api/v1/candidates" => Samples.Request(neighbourhood: "Atlantis"),
            "/api/v1/visits" => Samples.Visit("Atlantis", "eenzaamheid"),
            _ => new Dictionary<string, object?> { ["name"] = "Buurthuis Atlantis", ["area"] = "Atlantis", ["kind"] = "zorgen" },
        };
        var problem = await (await _client.PostJsonAsync(url, body)).ShouldBeProblemAsync(400);
        problem.ErrorsFor(field).Should().Equal(Message);
    }

    [Theory]
    [InlineData("/api/v1/agenda?wijk=Atlantis")]
    [InlineData("/api/v1/bouwblokken/suggestions?wijk=Atlantis")]
    [InlineData("/api/v1/reports/wijk?wijk=Atlantis")]
    public async Task An_unknown_wijk_is_a_400_in_one_wording(string url)
    {
        var problem = await (await _client.GetAsync(url)).ShouldBeProblemAsync(400);
        problem.ErrorsFor("wijk").Should().Equal("Unknown wijk 'Atlantis'; use a wijk of GET /api/v1/areas.");
    }
}
