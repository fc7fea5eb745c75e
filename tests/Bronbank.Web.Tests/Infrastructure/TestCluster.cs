using Bronbank.Web.Storage;

namespace Bronbank.Web.Tests.Infrastructure;

/// <summary>
/// One private PostgreSQL cluster for the whole test run, started on first use and stopped when the
/// process exits. Test classes isolate themselves by schema, so they never see each other's data.
/// </summary>
public static class TestCluster
{
    private static readonly Lazy<Task<EmbeddedPostgres>> Shared = new(() => StartNewAsync("shared"));

    public static Task<EmbeddedPostgres> GetAsync() => Shared.Value;

    /// <summary>A cluster of its own, for tests that stop the database on purpose.</summary>
    public static async Task<EmbeddedPostgres> StartNewAsync(string name)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"bronbank-tests-{Environment.ProcessId}", name);
        var cluster = await EmbeddedPostgres.StartAsync(directory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            cluster.StopAsync().GetAwaiter().GetResult();
            TryDelete(directory);
        };
        return cluster;
    }

    /// <summary>A folder for this test run, removed with the rest when the run ends.</summary>
    public static string TempPath(string name) => Path.Combine(Path.GetTempPath(), $"bronbank-tests-{Environment.ProcessId}", name);

    public static string NewSchemaName(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 63)].ToLowerInvariant();

    private static void TryDelete(string directory)
    {
        try { Directory.Delete(directory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
