using System.Diagnostics;
using System.Net;
using Bronbank.Web.Storage;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bronbank.Web.Tests.Storage;

/// <summary>With the database gone, requests fail fast with 503; when it returns, Bronbank recovers by itself.</summary>
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
    public async Task Requests_fail_fast_with_503_while_the_database_is_down_and_recover_when_it_returns()
    {
        var client = _factory!.CreateClient().WithKey(TestAuth.BootstrapKey);
        client.Timeout = TimeSpan.FromSeconds(30);
        (await client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer())).StatusCode.Should().Be(HttpStatusCode.Created);

        await _cluster!.StopAsync();

        var clock = Stopwatch.StartNew();
        var write = await client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer("Tijdens storing"));
        var problem = await write.ShouldBeProblemAsync(503);
        problem["detail"]!.GetValue<string>().Should().Contain("database");
        write.Headers.RetryAfter.Should().NotBeNull();
        await (await client.GetAsync("/api/v1/volunteers")).ShouldBeProblemAsync(503);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15), "a dead database must not make requests hang");
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);

        await _cluster.RestartAsync();

        var recovered = await Eventually(async () =>
            (await client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer("Na storing"))).StatusCode == HttpStatusCode.Created);
        recovered.Should().BeTrue("the service recovers without a restart");
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        var list = await (await client.GetAsync("/api/v1/volunteers?pageSize=10")).ReadObjectAsync();
        list["items"]!.AsArray().Select(v => v!["name"]!.GetValue<string>()).Should().BeEquivalentTo(["Gerrit Jansen", "Na storing"],
            "the write rejected during the outage was not stored");
    }

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
