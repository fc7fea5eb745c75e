using System.Net.Http.Json;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Activities;

/// <summary>Two instances on one database, as replicas run: the activity index follows the change feed on each.</summary>
public sealed class ActivityReplicaTests : TwoInstanceTests
{
    private static async Task<List<Guid>> SearchAsync(HttpClient client, string q) =>
        [.. (await (await client.GetAsync($"/api/v1/activities?q={Uri.EscapeDataString(q)}")).ReadArrayAsync()).Select(a => a!["id"]!.GetValue<Guid>())];

    private static async Task<long> AppliedAsync(HttpClient client) =>
        (await client.GetObjectAsync("/api/v1/index/status"))["changesApplied"]!["activities"]!.GetValue<long>();

    [Fact]
    public async Task An_activity_created_changed_or_removed_on_one_instance_is_searchable_so_on_the_other_within_two_seconds()
    {
        var buurthuis = await ClientA.EnsureBuurthuisAsync("Buurtcentrum Replica");
        (await SearchAsync(ClientB, "accordeon")).Should().BeEmpty("B has filled its activity index before the change");
        var applied = await AppliedAsync(ClientB);

        var id = await ClientA.CreateActivityAsync(ActivitySamples.Activity(buurthuis, "Accordeonclub"));
        await ConvergesAsync(async () => (await SearchAsync(ClientB, "accordeon")).Contains(id), "the new activity reaches B");

        // The new title shares no activity of the taxonomy with the old one (a mandolin would: both are instruments).
        (await ClientA.PutAsJsonAsync($"/api/v1/activities/{id}", ActivitySamples.Activity(buurthuis, "Schaakclub"), HttpExtensions.Json)).EnsureSuccessStatusCode();
        await ConvergesAsync(async () => (await SearchAsync(ClientB, "schaakclub")).Contains(id) && !(await SearchAsync(ClientB, "accordeon")).Contains(id), "the change reaches B");

        (await ClientA.DeleteAsync($"/api/v1/activities/{id}")).EnsureSuccessStatusCode();
        await ConvergesAsync(async () => await AppliedAsync(ClientB) >= applied + 3, "B's activity index applied create, change and removal from the feed");
        (await SearchAsync(ClientB, "schaakclub")).Should().BeEmpty();
    }
}
