using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Volunteers;

public sealed class VolunteerListTests(BronbankFactory factory) : IClassFixture<BronbankFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();

    public async Task InitializeAsync()
    {
        if (await TotalAsync("") > 0) return;
        await _client.EnsureBuurthuisAsync("De Leeuw");
        for (var i = 0; i < 7; i++)
            (await _client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer($"Zuilen {i}", "Zuilen").With("buurthuis", "De Leeuw"))).EnsureSuccessStatusCode();
        for (var i = 0; i < 3; i++)
            (await _client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer($"Lombok {i}", "Lombok").With("buurthuis", null).With("active", i == 0))).EnsureSuccessStatusCode();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Pages_cover_every_volunteer_exactly_once()
    {
        var names = new List<string>();
        for (var page = 1; page <= 4; page++)
        {
            var body = await (await _client.GetAsync($"/api/v1/volunteers?page={page}&pageSize=3")).ReadObjectAsync();
            body["total"]!.GetValue<long>().Should().Be(10);
            body["pageSize"]!.GetValue<int>().Should().Be(3);
            names.AddRange(body["items"]!.AsArray().Select(v => v!["name"]!.GetValue<string>()));
        }
        names.Should().HaveCount(10).And.OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("neighbourhood=zuilen", 7)]
    [InlineData("neighbourhood=Lombok&active=false", 2)]
    [InlineData("buurthuis=de%20leeuw", 7)]
    [InlineData("active=true", 8)]
    public async Task Filters_narrow_the_list(string query, long expected) =>
        (await TotalAsync(query)).Should().Be(expected);

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("neighbourhood=Atlantis", "neighbourhood")]
    public async Task Bad_paging_or_filters_are_named(string query, string field)
    {
        var problem = await (await _client.GetAsync($"/api/v1/volunteers?{query}")).ShouldBeProblemAsync(400);
        problem.ErrorsFor(field).Should().NotBeEmpty();
    }

    private async Task<long> TotalAsync(string query) =>
        (await (await _client.GetAsync($"/api/v1/volunteers?pageSize=1&{query}")).ReadObjectAsync())["total"]!.GetValue<long>();
}
