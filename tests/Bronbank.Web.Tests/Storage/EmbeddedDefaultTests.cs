using System.Net;
using Bronbank.Web.Storage;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Bronbank.Web.Tests.Storage;

/// <summary>Without a connection string Bronbank starts, and afterwards stops, a private PostgreSQL of its own.</summary>
public sealed class EmbeddedDefaultTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"bronbank-tests-{Environment.ProcessId}", "embedded-default");
    private WebApplicationFactory<Program>? _factory;

    public Task InitializeAsync()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Bronbank:Bootstrap:ApiKey", TestAuth.BootstrapKey).UseSetting("Bronbank:Index:Path", TestCluster.TempPath("index-" + Guid.NewGuid().ToString("N"))).UseSetting("ConnectionStrings:Bronbank", "")
            .UseSetting("Bronbank:Storage:EmbeddedDataDirectory", _dataDirectory));
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Without_a_connection_string_the_embedded_cluster_serves_the_api()
    {
        var client = _factory!.CreateClient().WithKey(TestAuth.BootstrapKey);

        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        var created = await client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer());
        created.StatusCode.Should().Be(HttpStatusCode.Created);

        _factory.Services.GetRequiredService<DatabaseEndpoint>().IsEmbedded.Should().BeTrue();
        File.Exists(Path.Combine(_dataDirectory, "PG_VERSION")).Should().BeTrue("the cluster lives in the configured data directory");
        File.Exists(Path.Combine(_dataDirectory, "postmaster.pid")).Should().BeTrue("it is running while the host runs");

        await _factory.DisposeAsync();
        // The test host finishes stopping the app on its own thread, so allow it a moment.
        var pidFile = Path.Combine(_dataDirectory, "postmaster.pid");
        for (var i = 0; i < 100 && File.Exists(pidFile); i++) await Task.Delay(100);
        File.Exists(pidFile).Should().BeFalse("stopping the host stops the embedded cluster");
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
    }
}
