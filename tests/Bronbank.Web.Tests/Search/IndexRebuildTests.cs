using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Search;

/// <summary>The index is derived data: whatever happens to it, a start rebuilds it from PostgreSQL.</summary>
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

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }
}
