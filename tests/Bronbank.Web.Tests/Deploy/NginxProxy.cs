using System.Diagnostics;
using System.Text.RegularExpressions;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Deploy;

/// <summary>
/// nginx from Debian in front of Bronbank instances on 127.0.0.1, with the upstream failure and retry
/// rules and forwarded headers copied from deploy/nginx/nginx.conf, so the test exercises what is deployed.
/// </summary>
public sealed partial class NginxProxy : IAsyncDisposable
{
    private readonly Process _process;

    private NginxProxy(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    public HttpClient Client(TimeSpan? timeout = null) =>
        new HttpClient { BaseAddress = new Uri(Url), Timeout = timeout ?? TimeSpan.FromSeconds(30) }.WithKey(TestAuth.BootstrapKey);

    public static async Task<NginxProxy> StartAsync(params string[] upstreams)
    {
        var folder = TestCluster.TempPath("nginx-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var port = BronbankProcess.FreePort();
        var deployed = await File.ReadAllTextAsync(Path.Combine(BronbankProcess.RepositoryRoot(), "deploy", "nginx", "nginx.conf"));
        var server = ServerLine().Match(deployed).Groups["options"].Value;
        var rules = string.Join("\n", ProxyRule().Matches(deployed).Select(m => "            " + m.Value.Trim()));
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                upstream bronbank {
            {{string.Join("\n", upstreams.Select(u => $"        server {u} {server};"))}}
                }
                server {
                    listen 127.0.0.1:{{port}};
                    location / {
                        proxy_pass http://bronbank;
            {{rules}}
                    }
                }
            }
            """);
        var process = Process.Start(new ProcessStartInfo(File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx", ["-p", folder, "-c", Path.Combine(folder, "nginx.conf")])
            { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var proxy = new NginxProxy(process, $"http://127.0.0.1:{port}");
        using var probe = new HttpClient { BaseAddress = new Uri(proxy.Url), Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited) throw new InvalidOperationException("nginx did not start: " + await process.StandardError.ReadToEndAsync());
            try { if ((await probe.GetAsync("/health/live")).IsSuccessStatusCode) return proxy; }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(50);
        }
        throw new InvalidOperationException("nginx did not answer.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM lets the master stop its workers too; SIGKILL would leave them running as orphans.
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await term!.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try { await _process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        }
        _process.Dispose();
    }

    // "server bronbank-a:8080 max_fails=1 fail_timeout=5s;" → "max_fails=1 fail_timeout=5s"
    [GeneratedRegex(@"server\s+\S+:\d+\s+(?<options>[^;]*);")]
    private static partial Regex ServerLine();

    // The headers, retry and timeout rules of the location block.
    [GeneratedRegex(@"^\s*proxy_(set_header|next_upstream|next_upstream_tries|connect_timeout|read_timeout|http_version)\b[^;]*;", RegexOptions.Multiline)]
    private static partial Regex ProxyRule();
}
