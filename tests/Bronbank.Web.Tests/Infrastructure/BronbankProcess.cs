using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Bronbank.Web.Tests.Infrastructure;

/// <summary>
/// Bronbank as a real operating-system process on 127.0.0.1 (the build next to this test run), for tests
/// that kill it with SIGKILL or run it beside a proxy as production would.
/// </summary>
public sealed class BronbankProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BronbankProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    public string Address => Url.Replace("http://", "", StringComparison.Ordinal);

    public bool HasExited => _process.HasExited;

    public HttpClient Client(TimeSpan? timeout = null) =>
        new HttpClient { BaseAddress = new Uri(Url), Timeout = timeout ?? TimeSpan.FromSeconds(30) }.WithKey(TestAuth.BootstrapKey);

    public static async Task<BronbankProcess> StartAsync(string connectionString, string schema, string indexPath, int? port = null)
    {
        var repo = RepositoryRoot();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var web = Path.Combine(repo, "src", "Bronbank.Web");
        var url = $"http://127.0.0.1:{port ?? FreePort()}";
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = web };
        foreach (var a in new[]
                 {
                     Path.Combine(web, "bin", configuration, "net10.0", "Bronbank.Web.dll"), "--urls", url, "--environment", "Testing",
                     "--ConnectionStrings:Bronbank", connectionString, "--Bronbank:Storage:Schema", schema, "--Bronbank:Index:Path", indexPath,
                     "--Bronbank:Bootstrap:ApiKey", TestAuth.BootstrapKey, "--Bronbank:Index:PollMilliseconds", "200",
                     "--Bronbank:RateLimits:ApiKeyPerSecond", "0", "--Logging:LogLevel:Default", "Warning", "--Logging:LogLevel:Bronbank", "Information", "--Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks", "None",
                 })
            psi.ArgumentList.Add(a);
        var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start Bronbank.");
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        void Keep(string? line)
        {
            if (line is null) return;
            log.Enqueue(line);
            while (log.Count > 200) log.TryDequeue(out _);
        }
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var instance = new BronbankProcess(process, url);
        // Never outlive the test run, whatever happens to the test that started it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { if (!process.HasExited) process.Kill(); } catch (InvalidOperationException) { } };
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(2) };
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(90); await Task.Delay(100))
        {
            if (process.HasExited) throw new InvalidOperationException($"Bronbank exited with {process.ExitCode} before it was ready:\n{string.Join("\n", log)}");
            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return instance;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
        }
        await instance.DisposeAsync();
        throw new TimeoutException("Bronbank was not ready within 90 seconds:\n" + string.Join("\n", log));
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a power cut or an OOM kill.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bronbank.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Bronbank.sln not found above " + AppContext.BaseDirectory);
    }
}
