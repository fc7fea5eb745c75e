using Bronbank.Web.Tests.Infrastructure;
using Bronbank.Web.Tests.Privacy;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Bronbank.Web.Tests.Insights;

/// <summary>A host that records the SELECTs served to HTTP requests (<see cref="QueryRecorder"/>).</summary>
public sealed class RecordingFactory : RetentionFactoryBase
{
    public QueryRecorder Recorder { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s =>
        {
            s.AddHttpContextAccessor();
            s.ConfigureMarten(o => o.Logger(Recorder));
        });
    }
}

/// <summary>
/// Insights, match stats, the wijk report and the start page count in PostgreSQL (issue 15, item 14): with a pool
/// of <see cref="Pool"/> volunteers and <see cref="MatchCount"/> matches, every query these pages send is run
/// again and no query may return <see cref="MostRows"/> rows or more — reading every profile, capacity or match
/// (as before) returns one row each. The figures are checked exactly, so counting nothing cannot pass.
/// </summary>
public sealed class AggregateQueryTests(RecordingFactory factory) : IClassFixture<RecordingFactory>
{
    private const int Pool = 120;
    private const int MatchCount = 45;
    private const int Confirmed = 10;
    private const int MostRows = 40;
    private const int OldSignUps = 50;

    private sealed record Seed(Guid Id, string Area, int MaxMatches, bool Active, bool Consent);

    [Fact]
    public async Task Insights_match_stats_reports_and_the_start_page_never_read_a_whole_collection()
    {
        var client = factory.CreateClient();
        var seeds = new List<Seed>();
        for (var i = 0; i < Pool; i++)
        {
            var (home, max, active, consent) = (i % 3 == 0 ? "Lombok" : "Zuilen", 1 + (i % 3), i % 7 != 3, i % 11 != 4);
            var id = await client.CreateVolunteerAsync(Samples.Volunteer($"Vrijwilliger {i}", home)
                .With("maxMatches", max).With("active", active).With("consent", new { matching = consent, boards = true }));
            seeds.Add(new Seed(id, home, max, active, consent));
        }
        // Matches two years back: outside the insights' default twelve months, so only the pool and the matches are large.
        factory.Clock.Offset = TimeSpan.FromDays(-730);
        var matchable = seeds.Where(s => s.Active && s.Consent && s.Area == "Zuilen").ToList();
        for (var i = 0; i < MatchCount; i++)
        {
            var match = await client.ProposeAsync(await client.CreateRequestAsync(Samples.Request(neighbourhood: "Zuilen")), matchable[i].Id);
            if (i < Confirmed) (await client.ConfirmAsync(match)).EnsureSuccessStatusCode();
        }
        factory.Clock.Offset = TimeSpan.Zero;
        var zuilen = seeds.Where(s => s.Area == "Zuilen" && s.Active && s.Consent).ToList();
        var staff = (await factory.ClientAsAsync(["staff"])).Client;

        async Task<T> Measured<T>(string what, Func<Task<T>> call)
        {
            factory.Recorder.Clear();
            var answer = await call();
            factory.Recorder.Count.Should().BePositive($"{what} reads through Marten");
            (await factory.Recorder.MostRowsAsync(factory.ConnectionString)).Should().BeLessThan(MostRows, $"{what} counts in PostgreSQL");
            return answer;
        }

        // The control: the recorder does see a read of many documents, a page of profiles is one row each.
        factory.Recorder.Clear();
        await client.GetStringAsync($"/api/v1/volunteers?pageSize={Pool / 2}");
        (await factory.Recorder.MostRowsAsync(factory.ConnectionString)).Should().BeGreaterThanOrEqualTo(Pool / 2);

        var insights = await Measured("the area insights", () => client.GetObjectAsync("/api/v1/insights/areas"));
        var area = insights["areas"]!.AsArray().Single(a => a!["area"]!.GetValue<string>() == "Zuilen")!;
        area["activeVolunteers"]!.GetValue<int>().Should().Be(zuilen.Count);
        area["freeCapacity"]!.GetValue<int>().Should().Be(zuilen.Sum(s => s.MaxMatches) - Confirmed);
        insights["areas"]!.AsArray().Single(a => a!["area"]!.GetValue<string>() == "Lombok")!["activeVolunteers"]!.GetValue<int>()
            .Should().Be(seeds.Count(s => s.Area == "Lombok" && s.Active && s.Consent));
        await Measured("the insights download", () => client.GetStringAsync("/api/v1/insights/areas?format=xlsx"));
        (await Measured("the Inzichten page", () => client.GetStringAsync("/inzichten"))).Should().Contain("data-area=\"Zuilen\"");

        var report = await Measured("the wijk report", () => client.GetObjectAsync("/api/v1/reports/wijk?wijk=Noordwest"));
        var volunteers = report["sheets"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Vrijwilligers")!["rows"]!.AsArray();
        volunteers.Single(r => r![0]!.GetValue<string>() == "actief")![1]!.GetValue<string>().Should().Be(seeds.Count(s => s.Area == "Zuilen" && s.Active).ToString());
        volunteers.Single(r => r![0]!.GetValue<string>() == "nieuw")![1]!.GetValue<string>().Should().Be(seeds.Count(s => s.Area == "Zuilen").ToString());
        await Measured("the Rapportage page", () => client.GetStringAsync("/rapportage?Wijk=Noordwest"));

        var stats = await Measured("the match stats", () => client.GetObjectAsync("/api/v1/matches/stats"));
        stats["total"]!.GetValue<int>().Should().Be(MatchCount);
        stats["byStatus"]!["active"]!.GetValue<int>().Should().Be(Confirmed);
        stats["byStatus"]!["proposed"]!.GetValue<int>().Should().Be(MatchCount - Confirmed);
        stats["medianDaysToConfirmed"]!.GetValue<double>().Should().BeInRange(0, 0.01);
        (await Measured("the match stats of one area", () => client.GetObjectAsync("/api/v1/matches/stats?neighbourhood=Zuilen")))["total"]!.GetValue<int>().Should().Be(MatchCount);

        var start = await Measured("the start page", () => staff.GetStringAsync("/"));
        start.Should().Contain($"{seeds.Count(s => s.Active) - Confirmed} vrijwilligers wachten op een eerste koppeling");

        // "Te doen", looked at the day after the matches above were made (so they are not due yet and the list itself
        // stays short), with volunteers who signed up two months before. Most gave no consent to be matched or were
        // matched, so only a few wait for a first match; reading every active, unpaused profile (as before) returns all.
        var taskDay = TimeSpan.FromDays(-729);
        factory.Clock.Offset = taskDay - TimeSpan.FromDays(60);
        var longAgo = new List<(Guid Id, string Name, bool Waits)>();
        for (var i = 0; i < OldSignUps; i++)
        {
            var name = $"Aanmelder {i}";
            var waits = i % 10 == 0;
            longAgo.Add((await client.CreateVolunteerAsync(Samples.Volunteer(name, "Lombok")
                .With("consent", new { matching = waits || i % 10 == 1, boards = true })), name, waits));
        }
        foreach (var (id, _, _) in longAgo.Where((_, i) => i % 10 == 1))
            (await client.ConfirmAsync(await client.ProposeAsync(await client.CreateRequestAsync(Samples.Request(neighbourhood: "Lombok")), id))).EnsureSuccessStatusCode();
        factory.Clock.Offset = taskDay;
        var coordinator = (await factory.ClientAsAsync(["coordinator"])).Client;

        var tasks = await Measured("the Te doen page", () => coordinator.GetStringAsync("/taken"));
        var waitingNow = longAgo.Where(v => v.Waits).ToList();
        tasks.Should().Contain($"Vrijwilligers die wachten op een eerste koppeling ({waitingNow.Count})");
        foreach (var (id, name, _) in waitingNow) tasks.Should().Contain($"href=\"/vrijwilligers/{id}\">{name} (Lombok) wacht op een eerste koppeling");
        foreach (var (id, _, _) in longAgo.Where(v => !v.Waits)) tasks.Should().NotContain($"/vrijwilligers/{id}\"");
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(tasks, @"id=""aantal-taken"">(\d+) dingen te doen").Groups[1].Value);
        var followUps = System.Text.RegularExpressions.Regex.Matches(tasks, "#navragen\"").Count;
        followUps.Should().Be(OldSignUps / 10, "the sign-ups matched two months ago are due a follow-up, the matches of the day before not yet");
        total.Should().Be(followUps + waitingNow.Count);

        var coordinatorStart = await Measured("the coordinator's start page", () => coordinator.GetStringAsync("/"));
        coordinatorStart.Should().Contain($"Te doen: {followUps} koppeling{(followUps == 1 ? "" : "en")} om na te vragen, {total - followUps} andere dingen");
        factory.Clock.Offset = TimeSpan.Zero;
    }
}
