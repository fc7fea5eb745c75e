using System.Diagnostics;
using System.Net;
using Bronbank.Web.Storage;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bronbank.Web.Tests.Storage;

/// <summary>With the database gone, requests fail fast with 503; when it returns, Bronbank recovers by itself.</summary>
[Collection(TimingCollection.Name)]
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private EmbeddedPostgres? _cluster;
    private WebApplicationFactory<Program>? _factory;

    public async Task InitializeAsync()
    {
        _cluster = await TestCluster.StartNewAsync("outage");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Bronbank:Bootstrap:ApiKey", TestAuth.BootstrapKey).UseSetting("Bronbank:Index:Path", TestCluster.TempPath("index-" + Guid.NewGuid().ToString("N"))).UseSetting("ConnectionStrings:Bronbank", _cluster.ConnectionString()));
    }

    [Fact]
    public async Task Reads_answer_from_the_index_marked_stale_and_writes_fail_fast_with_503_while_the_database_is_down()
    {
        var client = _factory!.CreateClient().WithKey(TestAuth.BootstrapKey);
        client.Timeout = TimeSpan.FromSeconds(30);
        var volunteer = await client.CreateVolunteerAsync(Samples.Volunteer().With("passions", new[] { "schaken" }));
        var request = await client.CreateRequestAsync(Samples.Request("Meneer wil graag schaken met iemand"));
        (await client.GetAsync($"/api/v1/requests/{request}/candidates")).Headers.Contains(StaleHeader).Should().BeFalse();

        await _cluster!.StopAsync();

        // Writes: a clear 503 within a second each, also when many arrive at once.
        var writes = await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
        {
            var clock = Stopwatch.StartNew();
            var response = await client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer("Tijdens storing " + i));
            return (response, clock.Elapsed);
        }));
        foreach (var (response, elapsed) in writes)
        {
            var problem = await response.ShouldBeProblemAsync(503);
            problem["detail"]!.GetValue<string>().Should().Contain("database");
            response.Headers.RetryAfter.Should().NotBeNull();
            elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1), "a dead database must not make writes hang");
        }
        await (await client.GetAsync("/api/v1/volunteers")).ShouldBeProblemAsync(503);

        // Reads from the index go on, marked as possibly stale.
        var candidates = await client.GetAsync($"/api/v1/requests/{request}/candidates");
        candidates.StatusCode.Should().Be(HttpStatusCode.OK);
        candidates.Headers.GetValues(StaleHeader).Single().Should().Be("true");
        (await candidates.Content.ReadAsStringAsync()).Should().Contain(volunteer.ToString());
        var search = await client.GetAsync("/api/v1/volunteers/search?q=schaken");
        search.StatusCode.Should().Be(HttpStatusCode.OK);
        search.Headers.GetValues(StaleHeader).Single().Should().Be("true");
        (await search.Content.ReadAsStringAsync()).Should().Contain(volunteer.ToString());
        var draft = await client.PostJsonAsync("/api/v1/candidates", Samples.Request("Wie wil schaken?"));
        draft.StatusCode.Should().Be(HttpStatusCode.OK);
        draft.Headers.GetValues(StaleHeader).Single().Should().Be("true");

        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);

        await _cluster.RestartAsync();

        var recovered = await Eventually(async () =>
            (await client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer("Na storing").With("passions", new[] { "dammen" }))).StatusCode == HttpStatusCode.Created);
        recovered.Should().BeTrue("the service recovers without a restart");
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        var list = await (await client.GetAsync("/api/v1/volunteers?pageSize=50")).ReadObjectAsync();
        list["items"]!.AsArray().Select(v => v!["name"]!.GetValue<string>()).Should().BeEquivalentTo(["Gerrit Jansen", "Na storing"],
            "no write rejected during the outage was stored");
        (await Eventually(async () =>
        {
            var after = await client.GetAsync("/api/v1/volunteers/search?q=dammen");
            return !after.Headers.Contains(StaleHeader) && (await after.Content.ReadAsStringAsync()).Contains("Na storing", StringComparison.Ordinal);
        })).Should().BeTrue("the index catches up and answers are no longer marked stale");
    }

    private const string StaleHeader = "Bronbank-Stale";

    private static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline; await Task.Delay(250))
        {
            if (await condition()) return true;
        }
        return false;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        if (_cluster is not null) await _cluster.StopAsync();
    }
}
