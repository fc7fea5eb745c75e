using System.Net;
using System.Net.Http.Json;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Activities;

public sealed class ActivityApiTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task An_activity_is_recorded_read_replaced_and_removed_with_its_schedule_in_words()
    {
        var pijler = await _client.EnsureBuurthuisAsync("Buurtcentrum De Pijler");
        var created = await _client.PostJsonAsync("/api/v1/activities", ActivitySamples.Activity(pijler, start: "10:30"));
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await created.ReadObjectAsync();
        var id = body["id"]!.GetValue<Guid>();
        body["kind"]!.GetValue<string>().Should().Be("activiteit");
        body["buurthuisName"]!.GetValue<string>().Should().Be("Buurtcentrum De Pijler");
        body["schedule"]!["slot"]!.GetValue<string>().Should().Be("di-ochtend", "10:30 is in the morning");
        body["schedule"]!["text"]!.GetValue<string>().Should().Be("elke dinsdag 10:30–12:00");

        var monthly = ActivitySamples.Activity(pijler, "Spreekuur sociaal raadslieden", "di", "13:30", "15:00")
            .With("kind", "spreekuur").With("organisation", "Sociaal raadslieden")
            .With("schedule", new { weekday = "di", start = "13:30", end = "15:00", recurrence = "monthly", weekOfMonth = 1 });
        var replaced = await _client.PutAsJsonAsync($"/api/v1/activities/{id}", monthly, HttpExtensions.Json);
        replaced.StatusCode.Should().Be(HttpStatusCode.OK);
        var read = await _client.GetObjectAsync($"/api/v1/activities/{id}");
        read["kind"]!.GetValue<string>().Should().Be("spreekuur");
        read["schedule"]!["text"]!.GetValue<string>().Should().Be("elke eerste dinsdag van de maand 13:30–15:00");
        read["schedule"]!["slot"]!.GetValue<string>().Should().Be("di-middag");
        read["version"]!.GetValue<int>().Should().Be(2);

        (await _client.DeleteAsync($"/api/v1/activities/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await _client.GetAsync($"/api/v1/activities/{id}")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task Every_bad_field_is_named_in_one_validation_problem_and_nothing_is_saved()
    {
        var before = (await (await _client.GetAsync("/api/v1/activities")).ReadArrayAsync()).Count;
        var problem = await (await _client.PostJsonAsync("/api/v1/activities", new
        {
            title = "", kind = "feest", organisation = "", buurthuisId = Guid.NewGuid(),
            schedule = new { weekday = "maandag", start = "10:00", end = "09:00", recurrence = "monthly" },
            languages = new[] { "klingon!" },
        })).ShouldBeProblemAsync(400);
        foreach (var field in new[] { "title", "kind", "organisation", "buurthuisId", "schedule.weekday", "schedule.end", "schedule.weekOfMonth", "languages" })
            problem.ErrorsFor(field).Should().NotBeEmpty(field);
        (await (await _client.PostJsonAsync("/api/v1/activities", new { title = "Zonder rooster" })).ShouldBeProblemAsync(400)).ErrorsFor("schedule").Should().NotBeEmpty();
        (await (await _client.GetAsync("/api/v1/activities")).ReadArrayAsync()).Should().HaveCount(before);
        await (await _client.GetAsync("/api/v1/activities/geen-id")).ShouldBeProblemAsync(400);
        (await (await _client.GetAsync("/api/v1/activities?kind=feest")).ShouldBeProblemAsync(400)).ErrorsFor("kind").Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_and_changes_nothing()
    {
        var pijler = await _client.EnsureBuurthuisAsync("Buurtcentrum De Pijler");
        var id = await _client.CreateActivityAsync(ActivitySamples.Activity(pijler, "Taalcafé"));
        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/activities/{id}") { Content = JsonContent.Create(ActivitySamples.Activity(pijler, "Anders"), options: HttpExtensions.Json) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"7\"");
        await (await _client.SendAsync(stale)).ShouldBeProblemAsync(412);
        (await _client.GetObjectAsync($"/api/v1/activities/{id}"))["title"]!.GetValue<string>().Should().Be("Taalcafé");
    }

    [Fact]
    public async Task Activities_are_found_with_the_matchers_dutch_analysis_and_filtered_by_place_and_group()
    {
        var oase = await _client.EnsureBuurthuisAsync("Wijkcentrum Oase", "Lombok");
        var walk = await _client.CreateActivityAsync(ActivitySamples.Activity(oase, "Samen wandelen", "wo").With("targetGroups", new[] { "ouderen", "mantelzorgers" }).With("description", "Elke week een rondje door het park."));
        var sewing = await _client.CreateActivityAsync(ActivitySamples.Activity(oase, "Naaiatelier", "do").With("targetGroups", new[] { "nieuwkomers" }).With("description", "Kleding herstellen met de naaimachine."));

        var found = await (await _client.GetAsync("/api/v1/activities?q=wandeling%20in%20het%20park")).ReadArrayAsync();
        found.Select(a => a!["id"]!.GetValue<Guid>()).Should().Contain(walk).And.NotContain(sewing);
        (await (await _client.GetAsync("/api/v1/activities?targetGroup=Nieuwkomers")).ReadArrayAsync()).Select(a => a!["id"]!.GetValue<Guid>()).Should().Contain(sewing).And.NotContain(walk);
        (await (await _client.GetAsync($"/api/v1/activities?buurthuisId={oase}&area=Lombok")).ReadArrayAsync()).Should().HaveCount(2);
        (await (await _client.GetAsync("/api/v1/activities?area=Zuilen")).ReadArrayAsync()).Select(a => a!["id"]!.GetValue<Guid>()).Should().NotContain([walk, sewing]);
    }

    [Fact]
    public async Task A_board_sees_and_changes_only_the_activities_of_its_own_buurthuis()
    {
        var own = await _client.EnsureBuurthuisAsync("Huis van de Buurt Eigen", "Ondiep");
        var other = await _client.EnsureBuurthuisAsync("Huis van de Buurt Ander", "Ondiep");
        var theirs = await _client.CreateActivityAsync(ActivitySamples.Activity(other, "Andermans koor"));
        var (board, _) = await factory.ClientAsAsync(["board"], ["Huis van de Buurt Eigen"]);

        var mine = await board.CreateActivityAsync(ActivitySamples.Activity(own, "Eigen repaircafé"));
        (await board.PutAsJsonAsync($"/api/v1/activities/{mine}", ActivitySamples.Activity(own, "Eigen repaircafé plus"), HttpExtensions.Json)).StatusCode.Should().Be(HttpStatusCode.OK);
        var listed = (await (await board.GetAsync("/api/v1/activities")).ReadArrayAsync()).Select(a => a!["id"]!.GetValue<Guid>()).ToList();
        listed.Should().Contain(mine).And.NotContain(theirs);

        await (await board.GetAsync($"/api/v1/activities/{theirs}")).ShouldBeProblemAsync(403);
        await (await board.PutAsJsonAsync($"/api/v1/activities/{theirs}", ActivitySamples.Activity(other, "Overgenomen"), HttpExtensions.Json)).ShouldBeProblemAsync(403);
        await (await board.PutAsJsonAsync($"/api/v1/activities/{mine}", ActivitySamples.Activity(other, "Verhuisd"), HttpExtensions.Json)).ShouldBeProblemAsync(403);
        await (await board.PostJsonAsync("/api/v1/activities", ActivitySamples.Activity(other, "Ingeschoven"))).ShouldBeProblemAsync(403);
        await (await board.DeleteAsync($"/api/v1/activities/{theirs}")).ShouldBeProblemAsync(403);
        (await _client.GetObjectAsync($"/api/v1/activities/{theirs}"))["title"]!.GetValue<string>().Should().Be("Andermans koor");
        (await board.DeleteAsync($"/api/v1/activities/{mine}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }
}
