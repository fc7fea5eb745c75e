using Bronbank.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Bronbank.Web.Tests.Privacy;

public sealed class RetentionFactory : RetentionFactoryBase;

/// <summary>A host whose clock a test can move forward.</summary>
public class RetentionFactoryBase : BronbankFactory
{
    public ShiftableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Bronbank:Retention:ClosedRequestTextDays", "365");
        builder.UseSetting("Bronbank:Retention:InactiveVolunteerDays", "730");
        // The clock jumps years ahead here, past the bootstrap key's default 24 hours (Accounts/BootstrapKeyTests).
        builder.UseSetting("Bronbank:Bootstrap:ApiKeyHours", "100000");
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class RetentionTests(RetentionFactory factory) : IClassFixture<RetentionFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Retention_redacts_old_closed_requests_and_flags_long_stopped_volunteers_only()
    {
        factory.Clock.Offset = TimeSpan.Zero;
        var oldClosed = await _client.CreateRequestAsync(Samples.Request("Mw. heeft schulden en durft de post niet open te maken.").With("status", "closed"));
        var oldOpen = await _client.CreateRequestAsync(Samples.Request("Dhr. zoekt iemand om mee te wandelen."));
        var stopped = await _client.CreateVolunteerAsync(Samples.Volunteer("Gestopte Vrijwilliger").With("active", false));
        var active = await _client.CreateVolunteerAsync(Samples.Volunteer("Actieve Vrijwilliger"));

        factory.Clock.Offset = TimeSpan.FromDays(400);
        var recentClosed = await _client.CreateRequestAsync(Samples.Request("Recent gesloten vraag over boodschappen.").With("status", "closed"));
        var first = await (await _client.PostAsync("/api/v1/retention/run", null)).ReadObjectAsync();

        first["requestsRedacted"]!.GetValue<int>().Should().Be(1);
        first["volunteersFlagged"]!.GetValue<int>().Should().Be(0, "400 days is not yet the 730 days for volunteers");
        var redacted = await _client.GetObjectAsync($"/api/v1/requests/{oldClosed}");
        redacted["question"]!.GetValue<string>().Should().NotContain("schulden");
        redacted["residentRef"].Should().BeNull();
        redacted["neighbourhood"]!.GetValue<string>().Should().Be("Zuilen", "the request still counts in the area figures");
        (await _client.GetObjectAsync($"/api/v1/requests/{oldOpen}"))["question"]!.GetValue<string>().Should().Contain("wandelen");
        (await _client.GetObjectAsync($"/api/v1/requests/{recentClosed}"))["question"]!.GetValue<string>().Should().Contain("boodschappen");

        factory.Clock.Offset = TimeSpan.FromDays(800);
        var second = await (await _client.PostAsync("/api/v1/retention/run", null)).ReadObjectAsync();
        second["requestsRedacted"]!.GetValue<int>().Should().Be(1, "only the request closed 400 days ago is newly past the period");
        (await _client.GetObjectAsync($"/api/v1/requests/{recentClosed}"))["question"]!.GetValue<string>().Should().NotContain("boodschappen");
        second["volunteersFlagged"]!.GetValue<int>().Should().Be(1);
        (await _client.GetObjectAsync($"/api/v1/volunteers/{stopped}"))["reviewRequestedAt"].Should().NotBeNull();
        (await _client.GetObjectAsync($"/api/v1/volunteers/{active}"))["reviewRequestedAt"].Should().BeNull();
    }
}
