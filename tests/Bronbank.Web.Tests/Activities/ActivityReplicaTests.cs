using System.Diagnostics;
using System.Net.Http.Json;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Activities;

/// <summary>Two instances on one database, as replicas run: the activity index follows the change feed on each.</summary>
public sealed class ActivityReplicaTests : IAsyncLifetime
{
    private readonly BronbankFactory _a = new();
    private ReplicaFactory? _b;
    private HttpClient _clientA = null!, _clientB = null!;

    public async Task InitializeAsync()
    {
        await _a.InitializeAsync();
        _b = new ReplicaFactory(_a.Schema);
        await _b.InitializeAsync();
        _clientA = _a.CreateClient();
        _clientB = _b.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        if (_b is not null) await _b.DisposeAsync();
    }

    private static async Task<List<Guid>> SearchAsync(HttpClient client, string q) =>
        [.. (await (await client.GetAsync($"/api/v1/activities?q={Uri.EscapeDataString(q)}")).ReadArrayAsync()).Select(a => a!["id"]!.GetValue<Guid>())];

    private static async Task ConvergesAsync(Func<Task<bool>> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2), what);
            await Task.Delay(50);
        }
    }

    private static async Task<long> AppliedAsync(HttpClient client) =>
        (await client.GetObjectAsync("/api/v1/index/status"))["changesApplied"]!["activities"]!.GetValue<long>();

    [Fact]
    public async Task An_activity_created_changed_or_removed_on_one_instance_is_searchable_so_on_the_other_within_two_seconds()
    {
        var buurthuis = await _clientA.EnsureBuurthuisAsync("Buurtcentrum Replica");
        (await SearchAsync(_clientB, "accordeon")).Should().BeEmpty("B has filled its activity index before the change");
        var applied = await AppliedAsync(_clientB);

        var id = await _clientA.CreateActivityAsync(ActivitySamples.Activity(buurthuis, "Accordeonclub"));
        await ConvergesAsync(async () => (await SearchAsync(_clientB, "accordeon")).Contains(id), "the new activity reaches B");

        // The new title shares no activity of the taxonomy with the old one (a mandolin would: both are instruments).
        (await _clientA.PutAsJsonAsync($"/api/v1/activities/{id}", ActivitySamples.Activity(buurthuis, "Schaakclub"), HttpExtensions.Json)).EnsureSuccessStatusCode();
        await ConvergesAsync(async () => (await SearchAsync(_clientB, "schaakclub")).Contains(id) && !(await SearchAsync(_clientB, "accordeon")).Contains(id), "the change reaches B");

        (await _clientA.DeleteAsync($"/api/v1/activities/{id}")).EnsureSuccessStatusCode();
        await ConvergesAsync(async () => await AppliedAsync(_clientB) >= applied + 3, "B's activity index applied create, change and removal from the feed");
        (await SearchAsync(_clientB, "schaakclub")).Should().BeEmpty();
    }
}
