using Bronbank.Domain.Volunteers;
using Bronbank.Web.Accounts;
using Bronbank.Web.Tests.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Bronbank.Web.Tests.Buurthuizen;

/// <summary>Data from before buurthuizen were places: free-text names on volunteers and board members.</summary>
public sealed class BuurthuisMigrationTests : IAsyncLifetime
{
    private readonly BronbankFactory _old = new();
    private ReplicaFactory? _restarted;

    public Task InitializeAsync() => _old.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _old.DisposeAsync();
        if (_restarted is not null) await _restarted.DisposeAsync();
    }

    [Fact]
    public async Task Free_text_buurthuizen_become_registered_ones_at_start_and_nothing_is_lost()
    {
        var client = _old.CreateClient();
        var ids = new List<Guid>();
        foreach (var (name, area) in new[] { ("Een", "Lombok"), ("Twee", "Lombok"), ("Drie", "Zuilen"), ("Vier", "Zuilen") })
            ids.Add(await client.CreateVolunteerAsync(Samples.Volunteer($"Oud {name}", area)));
        // As the data was stored before: free text, written straight into the documents.
        var store = _old.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            var volunteers = await session.LoadManyAsync<Volunteer>(ids);
            var spelling = new Dictionary<Guid, string> { [ids[0]] = "De Vrije Tekst", [ids[1]] = "de vrije tekst ", [ids[2]] = "De Vrije Tekst", [ids[3]] = "Huis Alleen Zuilen" };
            foreach (var volunteer in volunteers)
            {
                volunteer.Buurthuis = spelling[volunteer.Id];
                session.Store(volunteer);
            }
            session.Store(new User { Id = Guid.NewGuid(), Email = "oud-bestuur@example.nl", Name = "Oud Bestuur", Roles = ["board"], Buurthuizen = ["Bestuurshuis Zonder Vrijwilligers"], SecurityStamp = "x" });
            // A database from before the migration existed carries no mark that it ran.
            session.Delete<Bronbank.Web.Buurthuizen.StartupMigration>(Bronbank.Web.Buurthuizen.BuurthuisMigration.MarkerId);
            await session.SaveChangesAsync();
        }

        _restarted = new ReplicaFactory(_old.Schema);
        await _restarted.InitializeAsync();
        var after = _restarted.CreateClient();

        var registered = (await (await after.GetAsync("/api/v1/buurthuizen")).ReadArrayAsync()).ToDictionary(b => b!["name"]!.GetValue<string>(), b => b!["area"]!.GetValue<string>());
        registered.Should().Contain("De Vrije Tekst", "Lombok", "the spelling most used, in the area most of its volunteers live in")
            .And.Contain("Huis Alleen Zuilen", "Zuilen")
            .And.ContainKey("Bestuurshuis Zonder Vrijwilligers");
        registered.Keys.Should().NotContain(k => k.Trim() != k || k == "de vrije tekst", "spellings that differ only in case are one buurthuis");

        var names = new List<string>();
        foreach (var id in ids) names.Add((await after.GetObjectAsync($"/api/v1/volunteers/{id}"))["buurthuis"]!.GetValue<string>());
        names.Should().Equal("De Vrije Tekst", "De Vrije Tekst", "De Vrije Tekst", "Huis Alleen Zuilen");
        var pool = await after.GetObjectAsync("/api/v1/buurthuizen/De%20Vrije%20Tekst/pool");
        pool["volunteers"]!.GetValue<int>().Should().Be(3, "the three volunteers of one buurthuis are one pool now");

        // Starting again finds nothing left to do: no duplicates, and the mark that it ran.
        await using var check = store.QuerySession();
        (await check.Query<Bronbank.Domain.Buurthuizen.Buurthuis>().CountAsync()).Should().Be(3);
        (await check.LoadAsync<Bronbank.Web.Buurthuizen.StartupMigration>(Bronbank.Web.Buurthuizen.BuurthuisMigration.MarkerId)).Should().NotBeNull();
    }
}
