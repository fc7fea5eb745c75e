using Bronbank.DataGen;
using Bronbank.Domain.Requests;
using Bronbank.Domain.Volunteers;
using Bronbank.Web.Areas;
using Bronbank.Web.Requests;
using Bronbank.Web.Storage;
using Bronbank.Web.Volunteers;
using Marten;

namespace Bronbank.Web.Demo;

/// <summary>
/// Fills an empty database with a few hundred realistic Dutch profiles and help requests from the seeded
/// generator, through the same application services a user's writes take (so the index sees them too).
/// </summary>
internal sealed class DemoDataSeeder(IServiceProvider services, IDocumentStore store, DatabaseState database, AreaDirectory areas,
    IConfiguration configuration, ILogger<DemoDataSeeder> logger) : BackgroundService
{
    public const int Volunteers = 300;
    public const int Requests = 120;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue<bool>("Bronbank:DemoData")) return;
        while (!database.SchemaReady) await Task.Delay(200, stoppingToken);
        var activities = await DemoActivities.EnsureAsync(services, stoppingToken);
        if (activities > 0) logger.LogInformation("Demo data: {Activities} activities and spreekuren in the demo buurthuizen", activities);

        await using (var query = store.QuerySession())
        {
            if (await query.Query<Volunteer>().AnyAsync(stoppingToken) || await query.Query<HelpRequest>().AnyAsync(stoppingToken)) return;
        }

        var generatorAreas = areas.Current.All.Select(a => new GeneratedArea(a.Name, a.Wijk, a.Lat, a.Lon)).ToList();
        var generator = new DutchDataGenerator(seed: 2002, generatorAreas);
        await using var scope = services.CreateAsyncScope();
        var volunteers = scope.ServiceProvider.GetRequiredService<VolunteerService>();
        var requests = scope.ServiceProvider.GetRequiredService<RequestService>();
        var generated = generator.Volunteers(Volunteers).ToList();
        // Every buurthuis a generated volunteer names is registered first, in the area most of them live in.
        foreach (var group in generated.Where(v => v.Buurthuis is not null).GroupBy(v => v.Buurthuis!))
        {
            var area = group.GroupBy(v => v.Neighbourhood).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            await DemoBuurthuizen.EnsureAsync(services, group.Key, area, stoppingToken);
        }
        var created = 0;
        logger.LogInformation("Loading demo data: {Volunteers} volunteers and {Requests} help requests (about a minute; the pages work meanwhile)", Volunteers, Requests);
        foreach (var v in generated)
        {
            var draft = new VolunteerDraft
            {
                Name = v.Name, Neighbourhood = v.Neighbourhood, Buurthuis = v.Buurthuis, Passions = [.. v.Passions], Talents = [.. v.Talents],
                About = v.About, Availability = [.. v.Availability], Languages = [.. v.Languages], MaxMatches = v.MaxMatches, Active = v.Active,
                Email = v.Email, Phone = v.Phone, ExternalKey = v.ExternalKey,
                Consent = new ConsentInput(Matching: true, Boards: created % 10 != 0),
            };
            if ((await volunteers.CreateAsync(draft, "demo-data", stoppingToken)).Succeeded && ++created % 100 == 0)
                logger.LogInformation("Demo data: {Created} of {Volunteers} volunteers", created, Volunteers);
        }
        var now = DateTimeOffset.UtcNow;
        var sources = Enum.GetValues<Domain.Requests.RequestSource>();
        var number = 0;
        foreach (var r in generator.Requests(Requests, now.AddMonths(-12), now))
        {
            var draft = new HelpRequestDraft
            {
                Question = r.Question, Neighbourhood = r.Neighbourhood, Availability = [.. r.Availability], Languages = [.. r.Languages], ResidentRef = r.ResidentRef,
                Source = Domain.Validation.WireNames.ToWire(sources[number++ % sources.Length]),
            };
            await requests.CreateAsync(draft, stoppingToken, r.CreatedAt);
        }
        logger.LogInformation("Demo data loaded: {Volunteers} volunteers and {Requests} help requests", created, Requests);
    }
}

public static class DemoDataExtensions
{
    /// <summary>Demo data brings demo logins with a published password: never in Production unless forced.</summary>
    public const string ForceSetting = "Bronbank:DemoDataInProduction";

    public static IHostApplicationBuilder AddDemoData(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue<bool>("Bronbank:DemoData") && builder.Environment.IsProduction()
            && !builder.Configuration.GetValue<bool>(ForceSetting))
            throw new InvalidOperationException(
                $"Bronbank:DemoData=true creates demo logins with a published password and is refused in the Production environment. " +
                $"Run with --environment Development, or set {ForceSetting}=true to force it.");
        builder.Services.AddHostedService<DemoDataSeeder>();
        return builder;
    }
}
