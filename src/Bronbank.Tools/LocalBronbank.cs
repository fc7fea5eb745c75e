using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Bronbank.Tools;

/// <summary>A private Bronbank process for a tool run: its own embedded database and index in a temporary folder.</summary>
internal sealed class LocalBronbank : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private readonly bool _ownsFolder;

    private LocalBronbank(Process process, string folder, string url, string key, bool ownsFolder)
    {
        _process = process;
        _folder = folder;
        _ownsFolder = ownsFolder;
        Url = url;
        Key = key;
    }

    public string Url { get; }
    public string Key { get; }
    public int ProcessId => _process.Id;
    public string Folder => _folder;
    public TimeSpan StartedIn { get; private set; }

    /// <summary>The embedded cluster's connection string, for a second instance on the same database.</summary>
    public string EmbeddedConnectionString => $"Host={Path.Combine(_folder, "postgres")};Username=postgres;Database=postgres";

    /// <summary>
    /// Starts Bronbank in <paramref name="folder"/> (a new temporary one when null; kept when given), with the
    /// embedded database there unless <paramref name="connectionString"/> points elsewhere.
    /// </summary>
    public static async Task<LocalBronbank> StartAsync(string? folder = null, string? connectionString = null, string? indexName = "index", string? key = null,
        bool logIndex = false)
    {
        var repo = FindRepository();
        var ownsFolder = folder is null;
        folder ??= Path.Combine(Path.GetTempPath(), $"bronbank-tool-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        key ??= "tool-" + Guid.NewGuid().ToString("N");
        var web = Path.Combine(repo, "src", "Bronbank.Web");
        if (!Built)
        {
            using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", web, "-c", "Release", "-v", "quiet", "-nologo"]) { RedirectStandardOutput = true })!;
            await build.StandardOutput.ReadToEndAsync();
            await build.WaitForExitAsync();
            if (build.ExitCode != 0) throw new InvalidOperationException("Building Bronbank failed.");
            Built = true;
        }
        // The built program itself, not "dotnet run", so that stopping it reaches Bronbank and not a wrapper.
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = web,
        };
        foreach (var a in new[] { Path.Combine(web, "bin", "Release", "net10.0", "Bronbank.Web.dll"), "--urls", url,
                     "--Bronbank:Storage:EmbeddedDataDirectory", Path.Combine(folder, "postgres"),
                     "--Bronbank:Index:Path", Path.Combine(folder, indexName!), "--Bronbank:Bootstrap:ApiKey", key,
                     "--Logging:LogLevel:Default", "Warning",
                     // The benchmark and the evaluation measure the service, not the per-key rate limit.
                     "--Bronbank:RateLimits:ApiKeyPerSecond", "0", "--ConnectionStrings:Bronbank", connectionString ?? "" })
            psi.ArgumentList.Add(a);
        // The index's own account of opening (counts and seconds, no personal data), for "bench --ready".
        if (logIndex) psi.ArgumentList.Add("--Logging:LogLevel:Bronbank.Web.Search.IndexSynchronizer=Information");
        var clock = Stopwatch.StartNew();
        var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start Bronbank.");
        process.OutputDataReceived += (_, e) => { if (logIndex && e.Data?.Contains("Search index", StringComparison.Ordinal) == true) Console.WriteLine("  " + e.Data.Trim()); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null && !e.Data.Contains("warn:", StringComparison.Ordinal)) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(2) };
        // A first start on a million profiles rebuilds the index before it is ready: minutes on a small machine.
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromMinutes(20); await Task.Delay(100))
        {
            if (process.HasExited) throw new InvalidOperationException($"Bronbank exited with {process.ExitCode} before it was ready.");
            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                    return new LocalBronbank(process, folder, url, key, ownsFolder) { StartedIn = clock.Elapsed };
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
        }
        process.Kill(entireProcessTree: true);
        throw new TimeoutException("Bronbank was not ready within twenty minutes.");
    }

    private static bool Built;

    /// <summary>Resident memory of the service process, in MiB.</summary>
    public double ResidentMiB()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }

    public async Task StopAsync()
    {
        if (_process.HasExited) return;
        Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])?.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try { await _process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (!_ownsFolder) return;
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepositoryRoot() => FindRepository();

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bronbank.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Run the tool from the repository (Bronbank.sln not found above it), or pass --url and --key.");
    }
}
