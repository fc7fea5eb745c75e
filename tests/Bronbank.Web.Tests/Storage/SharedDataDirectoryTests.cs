using System.Net;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Storage;

/// <summary>
/// Two real Bronbank processes on one embedded data directory: the second joins the running cluster or
/// fails, and in neither case does it stop the database of the first.
/// </summary>
public sealed class SharedDataDirectoryTests : IAsyncLifetime
{
    private readonly string _dataDirectory = TestCluster.TempPath("shared-embedded-" + Guid.NewGuid().ToString("N")[..8]);
    private BronbankProcess? _first;

    public async Task InitializeAsync() =>
        _first = await BronbankProcess.StartAsync("", "bronbank", TestCluster.TempPath("index-" + Guid.NewGuid().ToString("N")), embeddedDataDirectory: _dataDirectory);

    [Fact]
    public async Task A_second_instance_that_fails_to_start_leaves_the_first_instances_database_running()
    {
        var port = new Uri(_first!.Url).Port;

        await using var second = BronbankProcess.Launch("", "bronbank", TestCluster.TempPath("index-" + Guid.NewGuid().ToString("N")), port, _dataDirectory);

        (await second.WaitForExitAsync(TimeSpan.FromSeconds(90))).Should().NotBeNull().And.NotBe(0, "its port is taken by the first instance");
        await FirstIsServingAsync();
    }

    [Fact]
    public async Task A_second_instance_joins_the_running_cluster_and_stopping_it_leaves_the_first_unharmed()
    {
        await using var second = await BronbankProcess.StartAsync("", "bronbank", TestCluster.TempPath("index-" + Guid.NewGuid().ToString("N")), embeddedDataDirectory: _dataDirectory);
        var id = await second.Client().CreateVolunteerAsync();

        await second.StopAsync();

        await FirstIsServingAsync();
        (await _first!.Client().GetAsync($"/api/v1/volunteers/{id}")).StatusCode.Should().Be(HttpStatusCode.OK, "both instances used the one database");
    }

    private async Task FirstIsServingAsync()
    {
        var client = _first!.Client();
        // Give a wrongly stopped database time to go, so the check below cannot pass by being early.
        await Task.Delay(1500);
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer())).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    public async Task DisposeAsync()
    {
        if (_first is not null)
        {
            await _first.StopAsync();
            await _first.DisposeAsync();
        }
    }
}
