using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Bronbank.Tools;

/// <summary>A private Bronbank process for a tool run: its own embedded database and index in a temporary folder.</summary>
internal sealed class LocalBronbank : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private LocalBronbank(Process process, string folder, string url, string key)
    {
        _process = process;
        _folder = folder;
        Url = url;
        Key = key;
    }

    public string Url { get; }
    public string Key { get; }

    public static async Task<LocalBronbank> StartAsync()
    {
        var repo = FindRepository();
        var folder = Path.Combine(Path.GetTempPath(), $"bronbank-tool-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var key = "tool-" + Guid.NewGuid().ToString("N");
        var web = Path.Combine(repo, "src", "Bronbank.Web");
        using (var build = Process.Start("dotnet", ["build", web, "-c", "Release", "-v", "quiet", "-nologo"]))
        {
            await build.WaitForExitAsync();
            if (build.ExitCode != 0) throw new InvalidOperationException("Building Bronbank failed.");
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
                     "--Bronbank:Index:Path", Path.Combine(folder, "index"), "--Bronbank:Bootstrap:ApiKey", key,
                     "--Logging:LogLevel:Default", "Warning" })
            psi.ArgumentList.Add(a);
        var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start Bronbank.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(2) };
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromMinutes(5); await Task.Delay(500))
        {
            if (process.HasExited) throw new InvalidOperationException($"Bronbank exited with {process.ExitCode} before it was ready.");
            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return new LocalBronbank(process, folder, url, key);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
        }
        process.Kill(entireProcessTree: true);
        throw new TimeoutException("Bronbank was not ready within five minutes.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM lets Bronbank stop its embedded PostgreSQL cleanly.
            Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])?.WaitForExit();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try { await _process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        }
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

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bronbank.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Run the tool from the repository (Bronbank.sln not found above it), or pass --url and --key.");
    }
}
