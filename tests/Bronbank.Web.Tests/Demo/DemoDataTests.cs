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

/// <summary>Demo data asked for in Production, with or without the explicit force setting.</summary>
public sealed class ProductionDemoFactory(bool forced) : BronbankFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Bronbank:DemoData", "true");
        if (forced) builder.UseSetting("Bronbank:DemoDataInProduction", "true");
    }
}

[Collection(TimingCollection.Name)]
public sealed class DemoDataTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    [Fact]
    public async Task Demo_data_refuses_to_start_in_Production_unless_forced()
    {
        await using var refused = new ProductionDemoFactory(forced: false);
        var start = async () => await refused.InitializeAsync();
        (await start.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("Bronbank:DemoDataInProduction");

        await using var forced = new ProductionDemoFactory(forced: true);
        await forced.InitializeAsync();
        (await forced.CreateClient().GetAsync("/health/ready")).Should().NotBeNull();
    }

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

    [Fact]
    public async Task Demo_mode_plans_activities_and_spreekuren_in_the_demo_buurthuizen_once_however_often_it_starts()
    {
        var client = factory.CreateClient();
        var activities = new System.Text.Json.Nodes.JsonArray();
        for (var i = 0; i < 300 && activities.Count < 20; i++)
        {
            await Task.Delay(100);
            activities = await (await client.GetAsync("/api/v1/activities")).ReadArrayAsync();
        }
        activities.Should().HaveCount(20);
        var titles = activities.Select(a => a!["title"]!.GetValue<string>()).ToList();
        titles.Should().Contain(["Huiskamer", "Inloopspreekuur digitale bruisplek", "Spreekuur sociaal raadslieden", "Buurtteam spreekuur", "Taalcafé"]);
        activities.Select(a => a!["buurthuisName"]!.GetValue<string>()).Distinct().Should().HaveCount(6);
        activities.Should().Contain(a => a!["buurthuisName"]!.GetValue<string>() == Bronbank.Web.Accounts.AccountBootstrapper.DemoBoardBuurthuis,
            "the demo board sees activities in its own buurthuis");

        // A restart runs the same seeding again: it finds everything in place and adds nothing.
        (await Bronbank.Web.Demo.DemoActivities.EnsureAsync(factory.Services, default)).Should().Be(0);
        (await (await client.GetAsync("/api/v1/activities")).ReadArrayAsync()).Should().HaveCount(20);

        // The agenda and the suggestions have something to show.
        var suggestions = await (await client.GetAsync("/api/v1/bouwblokken/suggestions?wijk=Noordwest")).ReadArrayAsync();
        suggestions.Select(s => s!["kind"]!.GetValue<string>()).Should().Contain(["same-day-part", "competing"]);
    }
}
