using System.Net;
using Bronbank.Web.Tests.Infrastructure;
using Bronbank.Web.Tests.Visits;

namespace Bronbank.Web.Tests.Signals;

public sealed class SignalApiTests(BronbankFactory factory) : IClassFixture<BronbankFactory>, IAsyncLifetime
{
    private HttpClient _coordinator = null!;
    private Guid _coordinatorId, _staffId;

    public async Task InitializeAsync()
    {
        (_coordinator, _coordinatorId) = await factory.ClientAsAsync(["coordinator"]);
        (_, _staffId) = await factory.ClientAsAsync(["staff"]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Dictionary<string, object?> Body(string kind = "eenzaamheid", int followUpInDays = 7, Guid? owner = null) => new()
    {
        ["kind"] = kind,
        ["area"] = "Overvecht",
        ["residentRef"] = "BT-2026-014",
        ["note"] = "Buurvrouw zegt dat mevrouw al weken de deur niet uit komt.",
        ["owner"] = owner ?? _coordinatorId,
        ["followUpOn"] = VisitApiTests.DutchToday().AddDays(followUpInDays).ToString("yyyy-MM-dd"),
    };

    private async Task<Guid> CreateAsync(Dictionary<string, object?> body)
    {
        var response = await _coordinator.PostJsonAsync("/api/v1/signals", body);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadObjectAsync())["id"]!.GetValue<Guid>();
    }

    [Fact]
    public async Task A_signal_is_recorded_with_its_owner_by_name_and_read_back()
    {
        var id = await CreateAsync(Body());
        var signal = await _coordinator.GetObjectAsync($"/api/v1/signals/{id}");
        signal["kind"]!.GetValue<string>().Should().Be("eenzaamheid");
        signal["area"]!.GetValue<string>().Should().Be("Overvecht");
        signal["residentRef"]!.GetValue<string>().Should().Be("BT-2026-014");
        signal["ownerName"]!.GetValue<string>().Should().Be("Test coordinator");
        signal["due"]!.GetValue<bool>().Should().BeFalse();
    }

    [Theory]
    [InlineData("Jan de Vries")]
    [InlineData("Jansen")]
    [InlineData("mevr. Bakker 12")]
    public async Task A_resident_reference_that_looks_like_a_name_is_refused(string reference)
    {
        var problem = await (await _coordinator.PostJsonAsync("/api/v1/signals", Body().With("residentRef", reference))).ShouldBeProblemAsync(400);
        problem.ErrorsFor("residentRef").Should().ContainSingle().Which.Should().Contain("never a name");
    }

    [Fact]
    public async Task Invalid_signals_name_every_wrong_field_including_fields_that_name_a_resident()
    {
        var body = new Dictionary<string, object?>
        {
            ["kind"] = "burenruzie",
            ["area"] = "Atlantis",
            ["note"] = new string('x', 501),
            ["owner"] = Guid.NewGuid(),
            ["residentName"] = "Mevrouw de Vries",
            ["address"] = "Dorpsstraat 1",
        };
        var problem = await (await _coordinator.PostJsonAsync("/api/v1/signals", body)).ShouldBeProblemAsync(400);
        foreach (var field in new[] { "kind", "area", "note", "followUpOn", "residentName", "address" })
            problem.ErrorsFor(field).Should().NotBeEmpty(field);
        problem.ErrorsFor("note").Should().ContainSingle().Which.Should().Contain("500");
        problem.ErrorsFor("residentName").Single().Should().Contain("no resident's name");

        var (board, boardId) = await factory.ClientAsAsync(["board"], ["De Boog"]);
        var notOwner = await (await _coordinator.PostJsonAsync("/api/v1/signals", Body(owner: boardId))).ShouldBeProblemAsync(400);
        notOwner.ErrorsFor("owner").Should().NotBeEmpty("a board member cannot own a signal");
        (await _coordinator.PostJsonAsync("/api/v1/signals", Body(owner: _staffId))).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Notes_are_capped_at_500_characters_and_closing_needs_a_known_outcome()
    {
        var id = await CreateAsync(Body("geldzorgen"));
        var tooLong = await (await _coordinator.PostJsonAsync($"/api/v1/signals/{id}/notes", new { text = new string('x', 501) })).ShouldBeProblemAsync(400);
        tooLong.ErrorsFor("text").Should().ContainSingle().Which.Should().Contain("500");
        (await (await _coordinator.PostJsonAsync($"/api/v1/signals/{id}/notes", new { text = "" })).ShouldBeProblemAsync(400)).ErrorsFor("text").Should().NotBeEmpty();
        var noted = await (await _coordinator.PostJsonAsync($"/api/v1/signals/{id}/notes", new { text = "Gebeld, langs geweest, ze wil praten." })).ReadObjectAsync();
        noted["notes"]!.AsArray().Should().ContainSingle();

        (await (await _coordinator.PostJsonAsync($"/api/v1/signals/{id}/close", new { outcome = "opgelost" })).ShouldBeProblemAsync(400)).ErrorsFor("outcome").Should().NotBeEmpty();
        var closed = await (await _coordinator.PostJsonAsync($"/api/v1/signals/{id}/close", new { outcome = "contact gelegd" })).ReadObjectAsync();
        closed["outcome"]!.GetValue<string>().Should().Be("contact gelegd");
        await (await _coordinator.PostJsonAsync($"/api/v1/signals/{id}/close", new { outcome = "contact gelegd" })).ShouldBeProblemAsync(409);
        await (await _coordinator.PostJsonAsync($"/api/v1/signals/{id}/notes", new { text = "nog iets" })).ShouldBeProblemAsync(409);
        await (await _coordinator.PostJsonAsync($"/api/v1/signals/{Guid.NewGuid()}/close", new { outcome = "contact gelegd" })).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task Due_signals_are_listed_per_owner_and_closed_ones_are_not()
    {
        var (_, otherOwner) = await factory.ClientAsAsync(["coordinator"]);
        var due = await CreateAsync(Body(followUpInDays: 0));
        var later = await CreateAsync(Body(followUpInDays: 10));
        var othersDue = await CreateAsync(Body(followUpInDays: -1, owner: otherOwner));
        var closedDue = await CreateAsync(Body(followUpInDays: -2));
        (await _coordinator.PostJsonAsync($"/api/v1/signals/{closedDue}/close", new { outcome = "geen actie nodig" })).EnsureSuccessStatusCode();

        var mineDue = (await (await _coordinator.GetAsync($"/api/v1/signals?owner={_coordinatorId}&due=true")).ReadArrayAsync())
            .Select(s => s!["id"]!.GetValue<Guid>()).ToList();
        mineDue.Should().Contain(due).And.NotContain([later, othersDue, closedDue]);
        var allMine = (await (await _coordinator.GetAsync($"/api/v1/signals?owner={_coordinatorId}")).ReadArrayAsync()).Select(s => s!["id"]!.GetValue<Guid>()).ToList();
        allMine.Should().Contain([due, later]).And.NotContain(othersDue);
        var malformed = await (await _coordinator.GetAsync("/api/v1/signals?owner=iemand")).ShouldBeProblemAsync(400);
        malformed.ErrorsFor("owner").Should().ContainSingle().Which.Should().Be("'iemand' is not a valid id (a GUID).", "the owner is read like every other id");
    }

    [Fact]
    public async Task A_signal_becomes_a_help_request_in_one_step_linked_both_ways()
    {
        var id = await CreateAsync(Body("mantelzorg overbelast"));
        var response = await _coordinator.PostJsonAsync($"/api/v1/signals/{id}/request",
            new { question = "Mantelzorger zoekt iemand die af en toe een middag bij zijn vrouw met dementie blijft.", availability = new[] { "wo-middag" } });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.ReadObjectAsync();
        var requestId = body["request"]!["id"]!.GetValue<Guid>();

        var request = await _coordinator.GetObjectAsync($"/api/v1/requests/{requestId}");
        request["signalId"]!.GetValue<Guid>().Should().Be(id);
        request["neighbourhood"]!.GetValue<string>().Should().Be("Overvecht");
        request["residentRef"]!.GetValue<string>().Should().Be("BT-2026-014");
        var signal = await _coordinator.GetObjectAsync($"/api/v1/signals/{id}");
        signal["requestId"]!.GetValue<Guid>().Should().Be(requestId);
        signal["outcome"]!.GetValue<string>().Should().Be("hulpvraag gemaakt");

        await (await _coordinator.PostJsonAsync($"/api/v1/signals/{id}/request", new { question = "nog een keer" })).ShouldBeProblemAsync(409);
        var open = await CreateAsync(Body());
        (await (await _coordinator.PostJsonAsync($"/api/v1/signals/{open}/request", new { question = "" })).ShouldBeProblemAsync(400)).ErrorsFor("question").Should().NotBeEmpty();
        (await _coordinator.GetObjectAsync($"/api/v1/signals/{open}"))["outcome"].Should().BeNull("a refused request leaves the signal open");
    }

    [Fact]
    public async Task Boards_never_see_signals_and_admins_see_counts_only()
    {
        await CreateAsync(Body("veiligheid thuis"));
        var id = await CreateAsync(Body("veiligheid thuis"));
        var (board, _) = await factory.ClientAsAsync(["board"], ["De Boog"]);
        var (admin, _) = await factory.ClientAsAsync(["admin"]);
        foreach (var url in new[] { "/api/v1/signals", $"/api/v1/signals/{id}", "/api/v1/signals/counts" })
            await (await board.GetAsync(url)).ShouldBeProblemAsync(403);
        await (await admin.GetAsync("/api/v1/signals")).ShouldBeProblemAsync(403);
        await (await admin.GetAsync($"/api/v1/signals/{id}")).ShouldBeProblemAsync(403);
        await (await admin.PostJsonAsync("/api/v1/signals", Body())).ShouldBeProblemAsync(403);

        var counts = await admin.GetStringAsync("/api/v1/signals/counts");
        counts.Should().Contain("\"kind\":\"veiligheid thuis\"").And.NotContain("BT-2026-014").And.NotContain("Buurvrouw");
        System.Text.Json.Nodes.JsonNode.Parse(counts)!.AsArray()
            .Single(c => c!["kind"]!.GetValue<string>() == "veiligheid thuis" && c["outcome"]!.GetValue<string>() == "open")!["count"]!.GetValue<int>().Should().Be(2);
    }

    /// <summary>The coordinator's to-do list (Te doen).</summary>
    public const string ToDoPage = "/taken";

    [Fact]
    public async Task Due_signals_appear_on_their_owners_to_do_list_and_not_on_anyone_elses()
    {
        var (owner, ownerId) = await factory.ClientAsAsync(["coordinator"]);
        var (colleague, _) = await factory.ClientAsAsync(["coordinator"]);
        async Task<string> ItemAsync(HttpClient client) =>
            System.Text.RegularExpressions.Regex.Match(await client.GetStringAsync(ToDoPage), "id=\"signalen-aandacht\">([^<]*)<").Groups[1].Value;

        await CreateAsync(Body(followUpInDays: 5, owner: ownerId));
        (await ItemAsync(owner)).Should().Be("0 signalen hebben aandacht nodig", "a follow-up date still ahead is not due");
        await CreateAsync(Body(followUpInDays: 0, owner: ownerId));
        (await ItemAsync(owner)).Should().Be("1 signaal heeft aandacht nodig");
        var closed = await CreateAsync(Body(followUpInDays: -3, owner: ownerId));
        await CreateAsync(Body(followUpInDays: -1, owner: ownerId));
        (await ItemAsync(owner)).Should().Be("3 signalen hebben aandacht nodig");
        (await _coordinator.PostJsonAsync($"/api/v1/signals/{closed}/close", new { outcome = "geen actie nodig" })).EnsureSuccessStatusCode();
        (await ItemAsync(owner)).Should().Be("2 signalen hebben aandacht nodig", "a closed signal is done");
        (await ItemAsync(colleague)).Should().Be("0 signalen hebben aandacht nodig", "someone else's signals are not on my list");
        (await owner.GetStringAsync(ToDoPage)).Should().Contain("href=\"/signalen\" id=\"signalen-aandacht\"");
    }

    [Fact]
    public async Task Boards_and_admins_cannot_open_the_signal_pages_and_boards_not_the_spreekuur()
    {
        var id = await CreateAsync(Body());
        var (board, _) = await factory.ClientAsAsync(["board"], ["De Boog"]);
        var (admin, _) = await factory.ClientAsAsync(["admin"]);
        foreach (var client in new[] { board, admin })
        {
            foreach (var url in new[] { "/signalen", $"/signalen/{id}", "/spreekuur" })
                (await client.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Forbidden, url);
            (await client.GetStringAsync("/")).Should().NotContain("signalen-aandacht");
        }
        (await _coordinator.GetAsync($"/signalen/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Every_read_of_a_signal_is_in_the_audit_trail()
    {
        var id = await CreateAsync(Body());
        await _coordinator.GetAsync($"/api/v1/signals/{id}");
        await _coordinator.GetAsync("/api/v1/signals?due=true");
        var entries = await factory.CreateClient().GetStringAsync($"/api/v1/audit?actor={_coordinatorId}");
        var actions = System.Text.Json.Nodes.JsonNode.Parse(entries)!["items"]!.AsArray()
            .Where(e => e!["subjectType"]!.GetValue<string>() == "signal").Select(e => e!["action"]!.GetValue<string>()).ToList();
        actions.Should().Contain(["created", "viewed", "listed"]);
    }
}
