using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Search;

/// <summary>The index is derived data: whatever happens to it, at start or while running, it is rebuilt from PostgreSQL.</summary>
public sealed class IndexRebuildTests
{
    private static async Task<List<Guid>> SearchAsync(HttpClient client, string q) =>
        [.. (await client.GetObjectAsync($"/api/v1/volunteers/search?q={q}"))["candidates"]!.AsArray().Select(c => c!["volunteerId"]!.GetValue<Guid>())];

    [Fact]
    public async Task A_deleted_index_directory_is_rebuilt_from_the_database_at_start()
    {
        var first = new BronbankFactory();
        await first.InitializeAsync();
        var id = await first.CreateClient().CreateVolunteerAsync(Samples.Volunteer().With("passions", new[] { "harp spelen" }));
        await first.DisposeAsync();
        Directory.Delete(first.IndexPath, recursive: true);

        await using var second = new ReplicaFactory(first.Schema);
        await second.InitializeAsync();
        var client = second.CreateClient();

        (await SearchAsync(client, "harp")).Should().Contain(id);
        (await client.GetObjectAsync("/api/v1/index/status"))["documents"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task An_index_made_from_another_database_is_not_trusted()
    {
        var other = new BronbankFactory();
        await other.InitializeAsync();
        await other.CreateClient().CreateVolunteerAsync(Samples.Volunteer("Van Elders").With("passions", new[] { "harp spelen" }));
        await other.DisposeAsync();

        await using var mine = new BronbankFactory();
        CopyDirectory(other.IndexPath, mine.IndexPath);
        await mine.InitializeAsync();
        var client = mine.CreateClient();

        (await SearchAsync(client, "harp")).Should().BeEmpty("the copied index belongs to another database and was rebuilt");
        (await client.GetObjectAsync("/api/v1/index/status"))["documents"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task A_corrupted_index_is_detected_and_rebuilt()
    {
        var first = new BronbankFactory();
        await first.InitializeAsync();
        var id = await first.CreateClient().CreateVolunteerAsync(Samples.Volunteer().With("passions", new[] { "harp spelen" }));
        await first.DisposeAsync();
        foreach (var file in Directory.GetFiles(first.IndexPath).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
            File.WriteAllBytes(file, [.. Enumerable.Repeat((byte)0x5A, 64)]);

        await using var second = new ReplicaFactory(first.Schema);
        await second.InitializeAsync();

        (await SearchAsync(second.CreateClient(), "harp")).Should().Contain(id);
    }

    [Fact]
    public async Task An_index_folder_deleted_under_a_running_instance_is_found_by_the_health_check_and_rebuilt()
    {
        await using var factory = new BronbankFactory();
        await factory.InitializeAsync();
        var client = factory.CreateClient();
        var id = await client.CreateVolunteerAsync(Samples.Volunteer().With("passions", new[] { "harp spelen" }));

        // The instance may be writing a file just then; an operator's rm -rf would simply be run again.
        for (var attempt = 0; Directory.Exists(factory.IndexPath); attempt++)
        {
            try { Directory.Delete(factory.IndexPath, recursive: true); }
            catch (IOException) when (attempt < 20) { await Task.Delay(20); }
        }

        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(System.Net.HttpStatusCode.ServiceUnavailable);
        await ShouldRecoverAsync(factory, client, id);
    }

    [Fact]
    public async Task Index_files_corrupted_under_a_running_instance_are_found_by_the_health_check_and_rebuilt()
    {
        await using var factory = new BronbankFactory();
        await factory.InitializeAsync();
        var client = factory.CreateClient();
        var id = await client.CreateVolunteerAsync(Samples.Volunteer().With("passions", new[] { "harp spelen" }));

        foreach (var file in Directory.GetFiles(factory.IndexPath, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
            File.WriteAllBytes(file, [.. Enumerable.Repeat((byte)0x5A, 64)]);

        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(System.Net.HttpStatusCode.ServiceUnavailable);
        await ShouldRecoverAsync(factory, client, id);
    }

    /// <summary>Ready again within seconds, without a restart, with the profile searchable and new writes indexed.</summary>
    private static async Task ShouldRecoverAsync(BronbankFactory factory, HttpClient client, Guid id)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((await client.GetAsync("/health/ready")).StatusCode != System.Net.HttpStatusCode.OK)
        {
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "the index is rebuilt without a restart");
            await Task.Delay(100);
        }
        (await SearchAsync(client, "harp")).Should().Contain(id);
        Directory.GetFiles(factory.IndexPath, "segments_*", SearchOption.AllDirectories).Should().NotBeEmpty("the rebuilt index is on disk again");

        var later = await client.CreateVolunteerAsync(Samples.Volunteer("Na herstel").With("passions", new[] { "harp stemmen" }));
        (await SearchAsync(client, "harp")).Should().Contain(later);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }
}
