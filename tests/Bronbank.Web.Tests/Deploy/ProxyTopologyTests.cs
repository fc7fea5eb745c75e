using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Bronbank.Web.Tests.Browser;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Bronbank.Web.Tests.Deploy;

/// <summary>
/// The deployment topology natively on 127.0.0.1: nginx from Debian in front of two Bronbank instances
/// on one PostgreSQL, with the retry rules of deploy/nginx/nginx.conf (see <see cref="NginxProxy"/>).
/// </summary>
public sealed class ProxyTopologyTests : IAsyncLifetime
{
    private readonly KestrelFactory _a = new();
    private KestrelReplicaFactory? _b;
    private NginxProxy? _nginx;
    private HttpClient _proxy = null!, _direct = null!;

    public async Task InitializeAsync()
    {
        await _a.InitializeAsync();
        _b = new KestrelReplicaFactory(_a.Schema);
        await _b.InitializeAsync();
        _nginx = await NginxProxy.StartAsync(_a.HostAndPort(), _b.HostAndPort());
        _proxy = _nginx.Client();
        _direct = new HttpClient().WithKey(TestAuth.BootstrapKey);
    }

    [Fact]
    public async Task A_write_through_the_proxy_is_visible_on_both_instances_within_two_seconds()
    {
        var id = await _proxy.CreateVolunteerAsync(Samples.Volunteer("Proxy Piet").With("passions", new[] { "accordeon spelen" }));

        var clock = Stopwatch.StartNew();
        foreach (var instance in new BronbankFactory[] { _a, _b! })
        {
            while (!(await _direct.GetStringAsync($"http://{instance.HostAndPort()}/api/v1/volunteers/search?q=accordeon&limit=50")).Contains(id.ToString(), StringComparison.Ordinal))
            {
                clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
                await Task.Delay(25);
            }
        }
    }

    [Fact]
    public async Task Stopping_one_instance_loses_no_request_the_proxy_can_retry()
    {
        var id = await _proxy.CreateVolunteerAsync();
        await _b!.DisposeAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++) statuses.Add((await _proxy.GetAsync($"/api/v1/volunteers/{id}")).StatusCode);

        statuses.Should().OnlyContain(s => s == HttpStatusCode.OK, "nginx retries a GET on the instance that is still up");
    }


    public async Task DisposeAsync()
    {
        if (_nginx is not null) await _nginx.DisposeAsync();
        await _a.DisposeAsync();
        if (_b is not null) await _b.DisposeAsync();
    }
}

/// <summary>A second instance on a real port, on the same schema.</summary>
public sealed class KestrelReplicaFactory(string schema) : BronbankFactory(schema)
{
    public override async Task InitializeAsync()
    {
        UseKestrel(0);
        await base.InitializeAsync();
    }
}
