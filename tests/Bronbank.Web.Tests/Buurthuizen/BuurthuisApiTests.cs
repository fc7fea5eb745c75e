using System.Net.Http.Json;
using System.Net;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Buurthuizen;

public sealed class BuurthuisApiTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_buurthuis_is_registered_read_changed_and_listed_with_its_area_coordinates_when_it_has_none()
    {
        var created = await _client.PostJsonAsync("/api/v1/buurthuizen", new
        {
            name = "Buurtcentrum De Pijler", area = "zuilen", address = "Pijlerplein 1", openingNotes = "di en do 9–17",
            openDayParts = new[] { "di-ochtend", "do-middag" },
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await created.ReadObjectAsync();
        var id = body["id"]!.GetValue<Guid>();
        created.Headers.Location!.ToString().Should().Be($"/api/v1/buurthuizen/{id}");
        body["area"]!.GetValue<string>().Should().Be("Zuilen", "the area's own spelling is kept");
        body["wijk"]!.GetValue<string>().Should().Be("Noordwest");
        body["ownLocation"]!.GetValue<bool>().Should().BeFalse();
        body["lat"]!.GetValue<double>().Should().BeApproximately(52.1, 0.05, "Zuilen's coordinates stand in");

        var changed = await _client.PutAsJsonAsync($"/api/v1/buurthuizen/{id}", new { name = "Buurtcentrum De Pijler", area = "Zuilen", lat = 52.11, lon = 5.1 }, HttpExtensions.Json);
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        var read = await _client.GetObjectAsync($"/api/v1/buurthuizen/{id}");
        read["ownLocation"]!.GetValue<bool>().Should().BeTrue();
        read["lon"]!.GetValue<double>().Should().Be(5.1);
        read["openingNotes"].Should().BeNull("a PUT replaces the whole buurthuis");

        var listed = await (await _client.GetAsync("/api/v1/buurthuizen?area=Zuilen")).ReadArrayAsync();
        listed.Select(b => b!["name"]!.GetValue<string>()).Should().Contain("Buurtcentrum De Pijler");
        (await (await _client.GetAsync("/api/v1/buurthuizen?area=Lombok")).ReadArrayAsync()).Select(b => b!["id"]!.GetValue<Guid>()).Should().NotContain(id);
    }

    [Fact]
    public async Task Names_are_unique_without_regard_to_case()
    {
        await _client.CreateBuurthuisAsync("Wijkcentrum Uniek", "Lombok");
        var problem = await (await _client.PostJsonAsync("/api/v1/buurthuizen", new { name = "wijkcentrum UNIEK", area = "Zuilen" })).ShouldBeProblemAsync(409);
        problem["detail"]!.GetValue<string>().Should().Contain("already exists");
        var other = await _client.CreateBuurthuisAsync("Wijkcentrum Anders", "Lombok");
        await (await _client.PutAsJsonAsync($"/api/v1/buurthuizen/{other}", new { name = "Wijkcentrum uniek", area = "Lombok" }, HttpExtensions.Json)).ShouldBeProblemAsync(409);
    }

    [Fact]
    public async Task Bad_input_is_a_validation_problem_by_field_and_changes_nothing()
    {
        var before = (await (await _client.GetAsync("/api/v1/buurthuizen")).ReadArrayAsync()).Count;
        var problem = await (await _client.PostJsonAsync("/api/v1/buurthuizen", new { name = "", area = "Atlantis", lat = 95.0, openDayParts = new[] { "maandag" } })).ShouldBeProblemAsync(400);
        problem.ErrorsFor("name").Should().NotBeEmpty();
        problem.ErrorsFor("area").Should().ContainSingle(m => m.Contains("Atlantis"));
        problem.ErrorsFor("lat").Should().NotBeEmpty();
        problem.ErrorsFor("openDayParts").Should().NotBeEmpty();
        (await (await _client.GetAsync("/api/v1/buurthuizen")).ReadArrayAsync()).Should().HaveCount(before);
        await (await _client.GetAsync("/api/v1/buurthuizen/niet-een-id")).ShouldBeProblemAsync(400);
        await (await _client.GetAsync($"/api/v1/buurthuizen/{Guid.NewGuid()}")).ShouldBeProblemAsync(404);
        (await (await _client.GetAsync("/api/v1/buurthuizen?area=Atlantis")).ShouldBeProblemAsync(400)).ErrorsFor("area").Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_volunteer_names_a_registered_buurthuis_in_its_registered_spelling_and_an_unknown_one_is_refused()
    {
        await _client.CreateBuurthuisAsync("Huis van de Buurt Oase", "Lombok");
        var refused = await (await _client.PostJsonAsync("/api/v1/volunteers", Samples.Volunteer("Onbekend Huis").With("buurthuis", "Huis van de Buurt Oaze"))).ShouldBeProblemAsync(400);
        refused.ErrorsFor("buurthuis").Should().ContainSingle(m => m.Contains("Oaze"));

        var id = await _client.CreateVolunteerAsync(Samples.Volunteer("Bekend Huis").With("buurthuis", "huis van de buurt oase"));
        (await _client.GetObjectAsync($"/api/v1/volunteers/{id}"))["buurthuis"]!.GetValue<string>().Should().Be("Huis van de Buurt Oase");
        await (await _client.PutAsJsonAsync($"/api/v1/volunteers/{id}", Samples.Volunteer("Bekend Huis").With("buurthuis", "Nergens"), HttpExtensions.Json)).ShouldBeProblemAsync(400);
        (await _client.GetObjectAsync($"/api/v1/volunteers/{id}"))["buurthuis"]!.GetValue<string>().Should().Be("Huis van de Buurt Oase", "a refused change changes nothing");
    }

    [Fact]
    public async Task A_board_member_names_registered_buurthuizen_only()
    {
        var problem = await (await _client.PostJsonAsync("/api/v1/users", new { email = $"b-{Guid.NewGuid():N}@example.nl", name = "Bea", roles = new[] { "board" }, buurthuizen = new[] { "Niet Geregistreerd" } }))
            .ShouldBeProblemAsync(400);
        problem.ErrorsFor("buurthuizen").Should().ContainSingle(m => m.Contains("Niet Geregistreerd"));
    }

    [Fact]
    public async Task A_rename_reaches_its_volunteers_and_board_and_a_buurthuis_in_use_is_not_deleted()
    {
        var id = await _client.CreateBuurthuisAsync("Buurthuis Oude Naam", "Ondiep");
        var volunteer = await _client.CreateVolunteerAsync(Samples.Volunteer("Hernoemd").With("buurthuis", "Buurthuis Oude Naam"));
        await factory.ClientAsAsync(["board"], ["Buurthuis Oude Naam"]);

        (await _client.PutAsJsonAsync($"/api/v1/buurthuizen/{id}", new { name = "Buurthuis Nieuwe Naam", area = "Ondiep" }, HttpExtensions.Json)).EnsureSuccessStatusCode();
        (await _client.GetObjectAsync($"/api/v1/volunteers/{volunteer}"))["buurthuis"]!.GetValue<string>().Should().Be("Buurthuis Nieuwe Naam");
        var users = await (await _client.GetAsync("/api/v1/users")).ReadArrayAsync();
        users.Where(u => u!["buurthuizen"]!.AsArray().Any(b => b!.GetValue<string>() == "Buurthuis Nieuwe Naam")).Should().ContainSingle();

        (await _client.DeleteAsync($"/api/v1/buurthuizen/{id}").ContinueWith(t => t.Result.ShouldBeProblemAsync(409)).Unwrap())["detail"]!.GetValue<string>()
            .Should().Contain("1 volunteers").And.Contain("1 board members");
        var unused = await _client.CreateBuurthuisAsync("Buurthuis Leeg", "Ondiep");
        (await _client.DeleteAsync($"/api/v1/buurthuizen/{unused}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await _client.GetAsync($"/api/v1/buurthuizen/{unused}")).ShouldBeProblemAsync(404);
    }
}
