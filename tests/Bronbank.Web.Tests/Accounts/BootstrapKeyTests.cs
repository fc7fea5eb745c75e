using System.Net;
using Bronbank.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Bronbank.Web.Tests.Accounts;

/// <summary>The bootstrap key holds every role, so it expires: 24 hours after this database first saw it, restarts included.</summary>
public sealed class BootstrapKeyTests
{
    [Fact]
    public async Task The_bootstrap_key_is_refused_after_24_hours_and_a_restart_does_not_renew_it_while_a_users_key_goes_on()
    {
        var clock = new ShiftableClock();
        await using var first = new ClockFactory(TestCluster.NewSchemaName("boot"), clock);
        await first.InitializeAsync();
        var bootstrap = first.CreateClient();
        (await bootstrap.GetAsync("/api/v1/users")).StatusCode.Should().Be(HttpStatusCode.OK);
        var (admin, _) = await first.ClientAsAsync(["admin"]);

        clock.Offset = TimeSpan.FromHours(23);
        (await bootstrap.GetAsync("/api/v1/users")).StatusCode.Should().Be(HttpStatusCode.OK, "within its 24 hours");
        clock.Offset = TimeSpan.FromHours(25);
        await (await bootstrap.GetAsync("/api/v1/users")).ShouldBeProblemAsync(401);
        (await admin.GetAsync("/api/v1/users")).StatusCode.Should().Be(HttpStatusCode.OK, "an admin's own key does not expire with it");

        await using var restarted = new ClockFactory(first.Schema, clock);
        await restarted.InitializeAsync();
        await (await restarted.CreateClient().GetAsync("/api/v1/users")).ShouldBeProblemAsync(401);
    }

    private sealed class ClockFactory(string schema, ShiftableClock clock) : BronbankFactory(schema)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
        }
    }
}
