using System.Diagnostics;
using System.Runtime.InteropServices;
using Npgsql;

namespace Bronbank.Web.Storage;

/// <summary>
/// A private PostgreSQL cluster started from the machine's PostgreSQL binaries: the embedded default
/// when no connection string is configured, and the test suite's database. It listens only on a unix
/// socket inside its own data directory, so it never clashes with another server's port.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    public const string Superuser = "postgres";
    private readonly string _binDirectory;
    private readonly bool _runAsPostgresUser;

    private EmbeddedPostgres(string dataDirectory, string binDirectory, bool runAsPostgresUser)
    {
        DataDirectory = dataDirectory;
        _binDirectory = binDirectory;
        _runAsPostgresUser = runAsPostgresUser;
    }

    public string DataDirectory { get; }

    /// <summary>
    /// True when this object started the server; false when it found one already running on the data
    /// directory (another Bronbank instance's, or one left by a process that was killed) and joined it.
    /// </summary>
    public bool StartedHere { get; private set; }

    public string SocketDirectory => DataDirectory;

    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = SocketDirectory,
        Username = Superuser,
        Database = database,
        Timeout = 5,
        CommandTimeout = 30,
        MaxPoolSize = 50,
    }.ConnectionString;

    /// <summary>Initialises the cluster when new, then starts it. Throws <see cref="EmbeddedPostgresUnavailableException"/> when PostgreSQL is not installed.</summary>
    public static async Task<EmbeddedPostgres> StartAsync(string dataDirectory, CancellationToken ct = default)
    {
        var bin = FindBinaries() ?? throw new EmbeddedPostgresUnavailableException();
        var isRoot = OperatingSystem.IsLinux() && geteuid() == 0;
        var pg = new EmbeddedPostgres(Path.GetFullPath(dataDirectory), bin, isRoot);
        await pg.InitialiseAndStartAsync(ct);
        return pg;
    }

    /// <summary>Looks for <c>pg_ctl</c> in PostgreSQL's Debian layout first, then on PATH.</summary>
    public static string? FindBinaries()
    {
        var candidates = new List<string>();
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "pg_ctl")) && File.Exists(Path.Combine(d, "initdb")));
    }

    private async Task InitialiseAndStartAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(DataDirectory);
        if (_runAsPostgresUser)
        {
            // PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
            await RunAsync("chown", ["-R", $"{Superuser}:{Superuser}", DataDirectory], asPostgres: false, ct);
            await RunAsync("chmod", ["700", DataDirectory], asPostgres: false, ct);
        }

        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            // Trust is safe here: the only way in is a unix socket inside this 0700 directory.
            await RunAsync(Path.Combine(_binDirectory, "initdb"),
                ["-D", DataDirectory, "-U", Superuser, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-instructions"], asPostgres: true, ct);
        }

        StartedHere = false;
        if (await IsRunningAsync(ct)) return;
        var options = $"-c listen_addresses='' -c unix_socket_directories='{SocketDirectory}' -c max_connections=200 -c shared_buffers=128MB";
        var started = await RunAsync(Path.Combine(_binDirectory, "pg_ctl"),
            ["-D", DataDirectory, "-o", options, "-l", Path.Combine(DataDirectory, "server.log"), "-w", "-t", "60", "start"], asPostgres: true, ct, throwOnError: false);
        // Another instance may have started it between the check and the start: then join that one.
        if (started != 0 && !await IsRunningAsync(ct))
            throw new InvalidOperationException($"PostgreSQL did not start on {DataDirectory}; see {Path.Combine(DataDirectory, "server.log")}.");
        StartedHere = started == 0;
    }

    public async Task<bool> IsRunningAsync(CancellationToken ct = default) =>
        await RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["-D", DataDirectory, "status"], asPostgres: true, ct, throwOnError: false) == 0;

    public Task StopAsync(CancellationToken ct = default) =>
        RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["-D", DataDirectory, "-m", "fast", "-w", "stop"], asPostgres: true, ct, throwOnError: false);

    /// <summary>Starts a stopped cluster again (used after <see cref="StopAsync"/>, e.g. in fault tests).</summary>
    public Task RestartAsync(CancellationToken ct = default) => InitialiseAndStartAsync(ct);

    public async Task CreateDatabaseAsync(string name, CancellationToken ct = default)
    {
        await using var conn = new NpgsqlConnection(ConnectionString());
        await conn.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", conn) { Parameters = { new() { Value = name } } };
        if (await exists.ExecuteScalarAsync(ct) is not null) return;
        await using var create = new NpgsqlCommand($"create database \"{name.Replace("\"", "", StringComparison.Ordinal)}\"", conn);
        await create.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task<int> RunAsync(string file, string[] args, bool asPostgres, CancellationToken ct, bool throwOnError = true)
    {
        var psi = new ProcessStartInfo(asPostgres && _runAsPostgresUser ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        if (asPostgres && _runAsPostgresUser)
        {
            foreach (var a in new[] { "-u", Superuser, "--", file }) psi.ArgumentList.Add(a);
        }
        foreach (var a in args) psi.ArgumentList.Add(a);

        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (throwOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(file)} exited with {process.ExitCode}: {(await stderr).Trim()} {(await stdout).Trim()}");
        }
        return process.ExitCode;
    }

    [DllImport("libc")]
    private static extern uint geteuid();
}

public sealed class EmbeddedPostgresUnavailableException() : Exception(
    "No connection string 'ConnectionStrings:Bronbank' is configured and no PostgreSQL server binaries were found " +
    "for the embedded default database. Install them with: sudo apt-get install -y postgresql " +
    "(or set ConnectionStrings__Bronbank to an existing PostgreSQL database).");
