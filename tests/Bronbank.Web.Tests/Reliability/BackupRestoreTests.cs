using System.Diagnostics;
using Bronbank.Web.Storage;
using Bronbank.Web.Tests.Infrastructure;
using Npgsql;

namespace Bronbank.Web.Tests.Reliability;

/// <summary>
/// Backup and restore with PostgreSQL's own tools, as docs/reliability.md describes: a pg_dump of the
/// Bronbank schema restored into a fresh database gives the same candidates once the index is rebuilt.
/// </summary>
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task A_dump_restored_into_a_fresh_database_gives_the_same_candidates_after_the_index_rebuilds()
    {
        await using var original = new BronbankFactory();
        await original.InitializeAsync();
        var client = original.CreateClient();
        var passions = new[] { "schaken", "wandelen in het park", "taarten bakken", "fietsen repareren", "voorlezen", "computerles geven", "tuinieren", "koken voor anderen" };
        for (var i = 0; i < 24; i++)
        {
            await client.CreateVolunteerAsync(Samples.Volunteer($"Vrijwilliger {i}", i % 2 == 0 ? "Zuilen" : "Ondiep")
                .With("passions", new[] { passions[i % passions.Length], passions[(i * 3 + 1) % passions.Length] }));
        }
        var requests = new List<Guid>();
        foreach (var question in new[] { "Meneer wil graag schaken", "Mevrouw wil wandelen maar durft niet alleen", "Hulp met de computer", "Wie kan mijn fiets maken?" })
            requests.Add(await client.CreateRequestAsync(Samples.Request(question)));
        var before = await CandidatesAsync(client, requests);
        before.Values.Should().OnlyContain(c => c.Count > 0);

        var bin = EmbeddedPostgres.FindBinaries()!;
        var builder = new NpgsqlConnectionStringBuilder(original.ConnectionString);
        var dump = TestCluster.TempPath($"backup-{Guid.NewGuid():N}.dump");
        await RunAsync(Path.Combine(bin, "pg_dump"), "--host", builder.Host!, "--username", builder.Username!, "--dbname", builder.Database!,
            "--schema", original.Schema, "--format", "custom", "--file", dump);

        var restoredDatabase = "restore_" + Guid.NewGuid().ToString("N")[..8];
        await (await TestCluster.GetAsync()).CreateDatabaseAsync(restoredDatabase);
        await RunAsync(Path.Combine(bin, "pg_restore"), "--host", builder.Host!, "--username", builder.Username!, "--dbname", restoredDatabase,
            "--no-owner", "--exit-on-error", dump);

        await using var restored = new RestoredFactory(original.Schema, new NpgsqlConnectionStringBuilder(original.ConnectionString) { Database = restoredDatabase }.ConnectionString);
        await restored.InitializeAsync();
        var after = await CandidatesAsync(restored.CreateClient(), requests);

        after.Should().BeEquivalentTo(before, o => o.WithStrictOrdering(), "the same data gives the same ranking");
        Directory.Exists(restored.IndexPath).Should().BeTrue("the restored instance built its own index");
    }

    [Fact]
    public async Task A_restore_from_before_an_erasure_is_erased_again_from_the_ledger_before_the_instance_is_ready()
    {
        await using var original = new BronbankFactory();
        await original.InitializeAsync();
        var client = original.CreateClient();
        var erased = await client.CreateVolunteerAsync(Samples.Volunteer("Erna Teruggezet").With("passions", new[] { "klompendansen" }));
        var kept = await client.CreateVolunteerAsync(Samples.Volunteer("Karel Blijft").With("passions", new[] { "klompendansen" }));
        var deletedRequest = await client.CreateRequestAsync(Samples.Request("Mevrouw Hoekstra wil leren klompendansen"));
        var match = await client.ProposeAsync(deletedRequest, erased);
        (await client.PostJsonAsync($"/api/v1/matches/{match}/notes", new { text = "Mevrouw Hoekstra, Tolsteegsingel 3" })).EnsureSuccessStatusCode();

        var bin = EmbeddedPostgres.FindBinaries()!;
        var builder = new NpgsqlConnectionStringBuilder(original.ConnectionString);
        var dump = TestCluster.TempPath($"backup-{Guid.NewGuid():N}.dump");
        await RunAsync(Path.Combine(bin, "pg_dump"), "--host", builder.Host!, "--username", builder.Username!, "--dbname", builder.Database!,
            "--schema", original.Schema, "--format", "custom", "--file", dump);

        (await client.DeleteAsync($"/api/v1/volunteers/{erased}")).EnsureSuccessStatusCode();
        (await client.DeleteAsync($"/api/v1/requests/{deletedRequest}")).EnsureSuccessStatusCode();

        // The restore as docs/reliability.md says: the data from the backup, then the current ledger.
        var ledgerDump = TestCluster.TempPath($"ledger-{Guid.NewGuid():N}.dump");
        await RunAsync(Path.Combine(bin, "pg_dump"), "--host", builder.Host!, "--username", builder.Username!, "--dbname", builder.Database!,
            "--schema", original.Schema + "_erasures", "--format", "custom", "--file", ledgerDump);
        var restoredDatabase = "restore_" + Guid.NewGuid().ToString("N")[..8];
        await (await TestCluster.GetAsync()).CreateDatabaseAsync(restoredDatabase);
        foreach (var file in new[] { dump, ledgerDump })
            await RunAsync(Path.Combine(bin, "pg_restore"), "--host", builder.Host!, "--username", builder.Username!, "--dbname", restoredDatabase,
                "--no-owner", "--exit-on-error", file);
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(original.ConnectionString) { Database = restoredDatabase }.ConnectionString))
        {
            // Without the ledger this test would prove nothing: the backup does hold the erased person.
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand($"select count(*) from {original.Schema}.mt_doc_volunteer where id = '{erased}'", connection);
            ((long)(await count.ExecuteScalarAsync())!).Should().Be(1);
        }

        await using var restored = new RestoredFactory(original.Schema, new NpgsqlConnectionStringBuilder(original.ConnectionString) { Database = restoredDatabase }.ConnectionString);
        await restored.InitializeAsync();
        var after = restored.CreateClient();
        (await after.GetAsync("/health/ready")).EnsureSuccessStatusCode();

        await (await after.GetAsync($"/api/v1/volunteers/{erased}")).ShouldBeProblemAsync(404);
        await (await after.GetAsync($"/api/v1/requests/{deletedRequest}")).ShouldBeProblemAsync(404);
        (await after.GetAsync($"/api/v1/volunteers/{kept}")).EnsureSuccessStatusCode();
        var history = await (await after.GetAsync($"/api/v1/matches/{match}")).Content.ReadAsStringAsync();
        history.Should().NotContain("Hoekstra").And.NotContain("Tolsteegsingel");
        var found = (await after.GetObjectAsync("/api/v1/volunteers/search?q=klompendansen"))["candidates"]!.AsArray()
            .Select(r => r!["volunteerId"]!.GetValue<Guid>()).ToList();
        found.Should().Contain(kept).And.NotContain(erased);
        var trail = (await after.GetObjectAsync($"/api/v1/audit?subject={erased}&pageSize=100"))["items"]!.AsArray();
        trail.Should().Contain(e => e!["action"]!.GetValue<string>() == "erasure-reapplied" && e["actor"]!.GetValue<string>() == "erasure-ledger");
    }

    private static async Task<Dictionary<Guid, List<Guid>>> CandidatesAsync(HttpClient client, List<Guid> requests)
    {
        var result = new Dictionary<Guid, List<Guid>>();
        foreach (var id in requests)
        {
            var response = await client.GetObjectAsync($"/api/v1/requests/{id}/candidates?limit=10");
            result[id] = [.. response["candidates"]!.AsArray().Select(c => c!["volunteerId"]!.GetValue<Guid>())];
        }
        return result;
    }

    private static async Task RunAsync(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, $"{Path.GetFileName(file)} failed: {error}");
    }

    private sealed class RestoredFactory : BronbankFactory
    {
        public RestoredFactory(string schema, string connectionString) : base(schema) => Set("ConnectionStrings:Bronbank", connectionString);
    }
}
