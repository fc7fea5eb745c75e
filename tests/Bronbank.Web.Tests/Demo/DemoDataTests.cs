using Bronbank.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Bronbank.Web.Tests.Demo;

public sealed class DemoFactory : BronbankFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Bronbank:DemoData", "true");
    }
}

public sealed class DemoDataTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    [Fact]
    public async Task Demo_mode_fills_an_empty_database_with_searchable_profiles_requests_and_a_login_per_role()
    {
        var client = factory.CreateClient();
        long volunteers = 0;
        // Up to a minute: the demo profiles are indexed as they are saved, on a machine that may be shared.
        for (var i = 0; i < 600 && volunteers < 300; i++)
        {
            await Task.Delay(100);
            volunteers = (await client.GetObjectAsync("/api/v1/volunteers?pageSize=1"))["total"]!.GetValue<long>();
        }

        volunteers.Should().Be(300);
        for (var i = 0; i < 100 && (await client.GetObjectAsync("/api/v1/requests?pageSize=1"))["total"]!.GetValue<long>() < 120; i++) await Task.Delay(100);
        (await client.GetObjectAsync("/api/v1/requests?pageSize=1"))["total"]!.GetValue<long>().Should().Be(120);
        (await client.GetObjectAsync("/api/v1/volunteers/search?q=wandelen"))["candidates"]!.AsArray().Should().NotBeEmpty();
        var users = await (await client.GetAsync("/api/v1/users")).ReadArrayAsync();
        users.Select(u => u!["email"]!.GetValue<string>()).Should().Contain(["beheer@demo.bronbank.nl", "coordinator@demo.bronbank.nl", "intake@demo.bronbank.nl", "bestuur@demo.bronbank.nl"]);
    }
}
