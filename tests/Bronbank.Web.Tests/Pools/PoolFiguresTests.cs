using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Pools;

public sealed class PoolFiguresTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_pool_counts_only_volunteers_who_consented_to_their_board_and_shows_no_contact_details()
    {
        Dictionary<string, object?> In(string name, string[] passions, string[] availability, bool boards = true, bool active = true) =>
            Samples.Volunteer(name).With("buurthuis", "Wijkcentrum Oase").With("passions", passions).With("availability", availability)
                .With("active", active).With("consent", new { matching = true, boards });
        var anna = await _client.CreateVolunteerAsync(In("Anna Appel", ["wandelen", "koken"], ["ma-ochtend", "di-ochtend"]));
        await _client.CreateVolunteerAsync(In("Bram Boom", ["Wandelen"], ["di-ochtend"]));
        await _client.CreateVolunteerAsync(In("Cas Citroen", ["schaken"], ["zo-avond"], active: false));
        await _client.CreateVolunteerAsync(In("Dora Dadel", ["koken"], ["ma-ochtend"], boards: false));
        await _client.CreateVolunteerAsync(Samples.Volunteer("Elders Eef").With("buurthuis", "Ander Huis"));
        (await _client.ConfirmAsync(await _client.ProposeAsync(await _client.CreateRequestAsync(), anna))).EnsureSuccessStatusCode();

        var pool = await _client.GetObjectAsync("/api/v1/buurthuizen/wijkcentrum%20oase/pool");

        pool["volunteers"]!.GetValue<int>().Should().Be(3, "Dora did not consent to being shown to the board");
        pool["active"]!.GetValue<int>().Should().Be(2);
        pool["topPassions"]!.AsArray().Select(p => (p!["name"]!.GetValue<string>(), p["count"]!.GetValue<int>())).Should().Equal(("wandelen", 2), ("koken", 1));
        pool["dayPartCoverage"]!["di-ochtend"]!.GetValue<int>().Should().Be(2);
        pool["dayPartCoverage"]!["ma-ochtend"]!.GetValue<int>().Should().Be(1);
        pool["dayPartCoverage"]!["zo-avond"]!.GetValue<int>().Should().Be(0, "inactive volunteers do not cover a day-part");
        pool["waitingForFirstMatch"]!.AsArray().Select(w => w!["firstName"]!.GetValue<string>()).Should().Equal("Bram");
        pool["matchesPerMonth"]!.AsArray().Single()!["count"]!.GetValue<int>().Should().Be(1);
        pool.ToJsonString().Should().NotContain("Appel").And.NotContain("@example.nl").And.NotContain("06-");
    }
}
