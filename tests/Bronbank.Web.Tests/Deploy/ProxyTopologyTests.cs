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
/// on one PostgreSQL, with the retry rules of deploy/nginx/nginx.conf.
/// </summary>
public sealed class ProxyTopologyTests : IAsyncLifetime
{
    private readonly KestrelFactory _a = new();
    private KestrelReplicaFactory? _b;
    private Process? _nginx;
    private string _folder = "";
    private HttpClient _proxy = null!, _direct = null!;

    public async Task InitializeAsync()
    {
        await _a.InitializeAsync();
        _b = new KestrelReplicaFactory(_a.Schema);
        await _b.InitializeAsync();
        _folder = TestCluster.TempPath("nginx-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
        var port = FreePort();
        await File.WriteAllTextAsync(Path.Combine(_folder, "nginx.conf"), $$"""
            daemon off;
            worker_processes 1;
            pid {{_folder}}/nginx.pid;
            error_log {{_folder}}/error.log;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path {{_folder}}/body;
                proxy_temp_path {{_folder}}/proxy;
                upstream bronbank {
                    server {{Address(_a)}} max_fails=1 fail_timeout=5s;
                    server {{Address(_b)}} max_fails=1 fail_timeout=5s;
                }
                server {
                    listen 127.0.0.1:{{port}};
                    location / {
                        proxy_pass http://bronbank;
                        proxy_connect_timeout 2s;
                        proxy_next_upstream error timeout http_502 http_503;
                        proxy_next_upstream_tries 2;
                    }
                }
            }
            """);
        _nginx = Process.Start(new ProcessStartInfo(File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx", ["-p", _folder, "-c", Path.Combine(_folder, "nginx.conf")])
            { RedirectStandardError = true, RedirectStandardOutput = true })!;
        _proxy = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") }.WithKey(TestAuth.BootstrapKey);
        _direct = new HttpClient().WithKey(TestAuth.BootstrapKey);
        for (var i = 0; i < 100; i++)
        {
            try { if ((await _proxy.GetAsync("/health/live")).IsSuccessStatusCode) return; }
            catch (HttpRequestException) { }
            await Task.Delay(50);
        }
        throw new InvalidOperationException("nginx did not start: " + await _nginx.StandardError.ReadToEndAsync());
    }

    [Fact]
    public async Task A_write_through_the_proxy_is_visible_on_both_instances_within_two_seconds()
    {
        var id = await _proxy.CreateVolunteerAsync(Samples.Volunteer("Proxy Piet").With("passions", new[] { "accordeon spelen" }));

        var clock = Stopwatch.StartNew();
        foreach (var instance in new BronbankFactory[] { _a, _b! })
        {
            while (!(await _direct.GetStringAsync($"http://{Address(instance)}/api/v1/volunteers/search?q=accordeon&limit=50")).Contains(id.ToString(), StringComparison.Ordinal))
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

    private static string Address(BronbankFactory factory) =>
        factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("http://", "", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (_nginx is { HasExited: false }) { _nginx.Kill(); await _nginx.WaitForExitAsync(); }
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
