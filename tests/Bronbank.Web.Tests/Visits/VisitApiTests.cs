using System.Net;
using System.Net.Http.Json;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Visits;

public sealed class VisitApiTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static DateOnly DutchToday() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Amsterdam"));

    [Fact]
    public async Task A_visit_is_logged_with_today_as_its_date_and_listed_for_its_area()
    {
        var response = await _client.PostJsonAsync("/api/v1/visits", Samples.Visit("Ondiep", "geld en schulden", "formulieren en post"));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var visit = await response.ReadObjectAsync();
        visit["date"]!.GetValue<string>().Should().Be(DutchToday().ToString("yyyy-MM-dd"), "the date defaults to today");
        visit["area"]!.GetValue<string>().Should().Be("Ondiep");
        visit["themes"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Equal("geld en schulden", "formulieren en post");
        visit["referredTo"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Equal("De Geldzaak");
        visit["outcome"]!.GetValue<string>().Should().Be("doorverwezen");
        response.Headers.Location!.ToString().Should().EndWith(visit["id"]!.GetValue<string>());

        var listed = await _client.GetObjectAsync("/api/v1/visits?area=ondiep");
        listed["items"]!.AsArray().Select(v => v!["id"]!.GetValue<string>()).Should().Contain(visit["id"]!.GetValue<string>());
        var elsewhere = await _client.GetObjectAsync("/api/v1/visits?area=Zuilen");
        elsewhere["items"]!.AsArray().Select(v => v!["id"]!.GetValue<string>()).Should().NotContain(visit["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Visits_are_listed_between_two_dates()
    {
        var today = DutchToday();
        var earlier = today.AddDays(-10).ToString("yyyy-MM-dd");
        var id = (await (await _client.PostJsonAsync("/api/v1/visits", Samples.Visit("Wittevrouwen").With("date", earlier))).ReadObjectAsync())["id"]!.GetValue<string>();

        var inRange = await _client.GetObjectAsync($"/api/v1/visits?from={today.AddDays(-11):yyyy-MM-dd}&to={today.AddDays(-9):yyyy-MM-dd}&area=Wittevrouwen");
        inRange["items"]!.AsArray().Select(v => v!["id"]!.GetValue<string>()).Should().Equal(id);
        var todayOnly = await _client.GetObjectAsync("/api/v1/visits?area=Wittevrouwen");
        todayOnly["items"]!.AsArray().Should().BeEmpty("without dates only today's visits are listed");
        var wrongWay = await (await _client.GetAsync($"/api/v1/visits?from={today:yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}")).ShouldBeProblemAsync(400);
        wrongWay.ErrorsFor("from").Should().NotBeEmpty();
        (await (await _client.GetAsync("/api/v1/visits?area=Atlantis")).ShouldBeProblemAsync(400)).ErrorsFor("area").Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("name")]
    [InlineData("visitorName")]
    [InlineData("address")]
    [InlineData("birthDate")]
    [InlineData("geboortedatum")]
    [InlineData("phone")]
    public async Task A_field_that_names_a_visitor_is_refused_by_name_and_nothing_is_saved(string field)
    {
        var before = (await _client.GetObjectAsync("/api/v1/visits?area=Overvecht"))["total"]!.GetValue<int>();
        var problem = await (await _client.PostJsonAsync("/api/v1/visits", Samples.Visit("Overvecht").With(field, "Mevrouw de Vries"))).ShouldBeProblemAsync(400);
        problem.ErrorsFor(field).Should().ContainSingle().Which.Should().Contain("no visitor's name");
        (await _client.GetObjectAsync("/api/v1/visits?area=Overvecht"))["total"]!.GetValue<int>().Should().Be(before);
    }

    [Fact]
    public async Task Invalid_visits_name_every_wrong_field()
    {
        var body = new Dictionary<string, object?>
        {
            ["date"] = DutchToday().AddDays(3).ToString("yyyy-MM-dd"),
            ["area"] = "Atlantis",
            ["themes"] = new[] { "geld en schulden", "ufo's" },
            ["question"] = new string('x', 501),
            ["referredTo"] = new[] { "De Geheime Dienst" },
            ["outcome"] = "opgelost",
            ["requestId"] = Guid.NewGuid(),
        };
        var problem = await (await _client.PostJsonAsync("/api/v1/visits", body)).ShouldBeProblemAsync(400);
        foreach (var field in new[] { "date", "area", "themes", "question", "referredTo", "outcome" })
            problem.ErrorsFor(field).Should().NotBeEmpty(field);
        problem.ErrorsFor("question").Should().ContainSingle().Which.Should().Contain("500");

        var noThemes = await (await _client.PostJsonAsync("/api/v1/visits", Samples.Visit().With("themes", Array.Empty<string>()))).ShouldBeProblemAsync(400);
        noThemes.ErrorsFor("themes").Should().NotBeEmpty();
        var unknownRequest = await (await _client.PostJsonAsync("/api/v1/visits", Samples.Visit().With("requestId", Guid.NewGuid()))).ShouldBeProblemAsync(400);
        unknownRequest.ErrorsFor("requestId").Should().NotBeEmpty();
        (await _client.PostJsonAsync("/api/v1/visits", Samples.Visit().With("question", new string('x', 500)))).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_visit_at_a_registered_spreekuur_takes_the_area_of_its_buurthuis_and_an_activity_that_is_not_one_is_refused()
    {
        var place = await _client.EnsureBuurthuisAsync("Buurtcentrum Spreekuur Ondiep", "Ondiep");
        var spreekuur = await _client.CreateActivityAsync(ActivitySamples.Activity(place, "Inloopspreekuur Buurtteam").With("kind", "spreekuur"));
        var huiskamer = await _client.CreateActivityAsync(ActivitySamples.Activity(place, "Huiskamer"));

        var logged = await _client.PostJsonAsync("/api/v1/visits", Samples.Visit("Zuilen").Without("area").With("activityId", spreekuur));
        logged.StatusCode.Should().Be(HttpStatusCode.Created, await logged.Content.ReadAsStringAsync());
        var visit = await logged.ReadObjectAsync();
        visit["area"]!.GetValue<string>().Should().Be("Ondiep", "the area is the spreekuur's buurthuis's");
        visit["activityId"]!.GetValue<Guid>().Should().Be(spreekuur);

        var notASpreekuur = await (await _client.PostJsonAsync("/api/v1/visits", Samples.Visit("Ondiep").With("activityId", huiskamer))).ShouldBeProblemAsync(400);
        notASpreekuur.ErrorsFor("activityId").Should().ContainSingle().Which.Should().Contain("not a spreekuur");
        var unknown = await (await _client.PostJsonAsync("/api/v1/visits", Samples.Visit("Ondiep").With("activityId", Guid.NewGuid()))).ShouldBeProblemAsync(400);
        unknown.ErrorsFor("activityId").Should().NotBeEmpty();
        var neither = await (await _client.PostJsonAsync("/api/v1/visits", Samples.Visit("Ondiep").Without("area"))).ShouldBeProblemAsync(400);
        neither.ErrorsFor("area").Should().NotBeEmpty("without a spreekuur the area is needed");
    }

    [Fact]
    public async Task A_visit_that_became_a_help_request_links_to_it()
    {
        var request = await _client.CreateRequestAsync();
        var visit = await (await _client.PostJsonAsync("/api/v1/visits",
            Samples.Visit().With("outcome", "hulpvraag voor vrijwilliger").With("requestId", request))).ReadObjectAsync();
        visit["requestId"]!.GetValue<Guid>().Should().Be(request);
    }

    [Fact]
    public async Task Only_the_person_who_logged_a_visit_can_undo_it()
    {
        var (other, _) = await factory.ClientAsAsync(["coordinator"]);
        var id = (await (await _client.PostJsonAsync("/api/v1/visits", Samples.Visit("Tuindorp"))).ReadObjectAsync())["id"]!.GetValue<Guid>();
        await (await other.DeleteAsync($"/api/v1/visits/{id}")).ShouldBeProblemAsync(409);
        (await _client.DeleteAsync($"/api/v1/visits/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await _client.GetObjectAsync("/api/v1/visits?area=Tuindorp"))["total"]!.GetValue<int>().Should().Be(0);
        await (await _client.DeleteAsync($"/api/v1/visits/{id}")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task The_referral_list_starts_with_the_usual_tables_and_can_be_edited()
    {
        var usual = await _client.GetObjectAsync("/api/v1/referral-organisations");
        usual["organisations"]!.AsArray().Select(o => o!.GetValue<string>()).Should()
            .Contain(["De Geldzaak", "Loket", "Wmo-loket", "Netwerk Informele Zorg", "sociaal raadslieden", "Buurtteam", "wijkinformatiepunt"]);

        var edited = new[] { "De Geldzaak", "Loket", "Wmo-loket", "Netwerk Informele Zorg", "sociaal raadslieden", "Buurtteam", "wijkinformatiepunt", "Voedselbank" };
        (await _client.PutAsJsonAsync("/api/v1/referral-organisations", new { organisations = edited }, HttpExtensions.Json)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _client.PostJsonAsync("/api/v1/visits", Samples.Visit().With("referredTo", new[] { "voedselbank" }))).StatusCode.Should().Be(HttpStatusCode.Created);

        var invalid = await (await _client.PutAsJsonAsync("/api/v1/referral-organisations", new { organisations = new[] { "Loket", "loket", "" } }, HttpExtensions.Json)).ShouldBeProblemAsync(400);
        invalid.ErrorsFor("organisations").Should().NotBeEmpty();
        invalid.ErrorsFor("organisations[2]").Should().NotBeEmpty();
        (await _client.GetObjectAsync("/api/v1/referral-organisations"))["organisations"]!.AsArray().Should().HaveCount(8, "a refused list changes nothing");
    }

    [Fact]
    public async Task Boards_and_admins_neither_log_nor_read_visits()
    {
        var (board, _) = await factory.ClientAsAsync(["board"], ["De Boog"]);
        var (admin, _) = await factory.ClientAsAsync(["admin"]);
        var (staff, _) = await factory.ClientAsAsync(["staff"]);
        foreach (var client in new[] { board, admin })
        {
            await (await client.PostJsonAsync("/api/v1/visits", Samples.Visit())).ShouldBeProblemAsync(403);
            await (await client.GetAsync("/api/v1/visits")).ShouldBeProblemAsync(403);
        }
        (await staff.PostJsonAsync("/api/v1/visits", Samples.Visit())).StatusCode.Should().Be(HttpStatusCode.Created);
    }
}
