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

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _log;

    private BronbankProcess(Process process, string url, System.Collections.Concurrent.ConcurrentQueue<string> log)
    {
        _process = process;
        _log = log;
        Url = url;
    }

    public string Url { get; }

    public string Address => Url.Replace("http://", "", StringComparison.Ordinal);

    public bool HasExited => _process.HasExited;

    public HttpClient Client(TimeSpan? timeout = null) =>
        new HttpClient { BaseAddress = new Uri(Url), Timeout = timeout ?? TimeSpan.FromSeconds(30) }.WithKey(TestAuth.BootstrapKey);

    /// <summary>Starts Bronbank; an empty <paramref name="connectionString"/> means the embedded database in <paramref name="embeddedDataDirectory"/>.</summary>
    public static async Task<BronbankProcess> StartAsync(string connectionString, string schema, string indexPath, int? port = null, string? embeddedDataDirectory = null)
    {
        var instance = Launch(connectionString, schema, indexPath, port, embeddedDataDirectory);
        using var http = new HttpClient { BaseAddress = new Uri(instance.Url), Timeout = TimeSpan.FromSeconds(2) };
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(90); await Task.Delay(100))
        {
            if (instance.HasExited) throw new InvalidOperationException($"Bronbank exited with {instance._process.ExitCode} before it was ready:\n{instance.Log}");
            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return instance;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
        }
        await instance.DisposeAsync();
        throw new TimeoutException("Bronbank was not ready within 90 seconds:\n" + instance.Log);
    }

    /// <summary>Starts the process without waiting for it to be ready.</summary>
    public static BronbankProcess Launch(string connectionString, string schema, string indexPath, int? port = null, string? embeddedDataDirectory = null)
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
        if (embeddedDataDirectory is not null)
            foreach (var a in new[] { "--Bronbank:Storage:EmbeddedDataDirectory", embeddedDataDirectory }) psi.ArgumentList.Add(a);
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

        var instance = new BronbankProcess(process, url, log);
        // Never outlive the test run, whatever happens to the test that started it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { if (!process.HasExited) process.Kill(); } catch (InvalidOperationException) { } };
        return instance;
    }

    /// <summary>The last 200 lines the process wrote.</summary>
    public string Log => string.Join("\n", _log);

    /// <summary>Waits for the process to end on its own; its exit code, or null when it still runs after <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try { await _process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { return null; }
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a power cut or an OOM kill.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM: the host shuts down as it does when an operator or Kubernetes stops it.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited) return;
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await term!.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try { await _process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { _process.Kill(); }
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
