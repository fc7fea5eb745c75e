using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bronbank.Web.Tests.Infrastructure;

/// <summary>
/// The real Bronbank host on the test cluster, with a schema of its own: one per test class
/// (<c>IClassFixture</c>), so data is reset per class without mocks of the database.
/// </summary>
public class BronbankFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings = new();

    public BronbankFactory() : this(TestCluster.NewSchemaName("t"))
    {
    }

    /// <summary>A host on an existing schema: see <see cref="ReplicaFactory"/>.</summary>
    protected BronbankFactory(string schema) => Schema = schema;

    public string Schema { get; }

    public string ConnectionString { get; private set; } = "";

    /// <summary>This host's own search index folder.</summary>
    public string IndexPath { get; } = TestCluster.TempPath("index-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Extra configuration for a derived factory (set before the host starts).</summary>
    protected void Set(string key, string? value) => _settings[key] = value;

    public virtual async Task InitializeAsync()
    {
        var cluster = await TestCluster.GetAsync();
        ConnectionString = cluster.ConnectionString();
        StartServer(); // start the host now, so the first test does not pay for it inside its own timing
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Bronbank", ConnectionString);
        builder.UseSetting("Bronbank:Storage:Schema", Schema);
        builder.UseSetting("Bronbank:Bootstrap:ApiKey", TestAuth.BootstrapKey);
        builder.UseSetting("Bronbank:Index:Path", IndexPath);
        builder.UseSetting("Bronbank:Index:PollMilliseconds", "200");
        // Many tests sign in and call with keys in quick succession from one address; RateLimitTests sets real limits.
        builder.UseSetting("Bronbank:RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("Bronbank:RateLimits:FailedApiKeysPerMinute", "100000");
        builder.UseSetting("Bronbank:RateLimits:ApiKeyPerSecond", "0");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    /// <summary>Clients act with the bootstrap key (every role) unless a test signs in as someone else.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.WithKey(TestAuth.BootstrapKey);
    }

    /// <summary>A client without any credentials.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}

/// <summary>A second instance (replica) on the same database and schema, with its own index.</summary>
public sealed class ReplicaFactory(string schema) : BronbankFactory(schema);

public static class KestrelAddresses
{
    /// <summary>host:port of a factory started with <c>UseKestrel</c>, on 127.0.0.1.</summary>
    public static string HostAndPort(this BronbankFactory factory) =>
        factory.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First()
            .Replace("http://", "", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
}
