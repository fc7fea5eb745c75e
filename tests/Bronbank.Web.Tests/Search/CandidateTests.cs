using System.Net;
using System.Text.Json.Nodes;
using Bronbank.Web.Tests.Infrastructure;

namespace Bronbank.Web.Tests.Search;

public sealed class CandidateTests(BronbankFactory factory) : IClassFixture<BronbankFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<Guid> Volunteer(string name, string area, string[] passions, Action<Dictionary<string, object?>>? change = null)
    {
        var body = Samples.Volunteer(name, area).With("passions", passions).With("talents", Array.Empty<string>()).With("about", null)
            .With("availability", new[] { "di-ochtend" }).With("languages", new[] { "nl" });
        change?.Invoke(body);
        return _client.CreateVolunteerAsync(body);
    }

    private async Task<JsonArray> CandidatesAsync(Guid request) =>
        (await _client.GetObjectAsync($"/api/v1/requests/{request}/candidates?limit=20"))["candidates"]!.AsArray();

    private static List<Guid> Ids(JsonArray candidates) => [.. candidates.Select(c => c!["volunteerId"]!.GetValue<Guid>())];

    [Fact]
    public async Task A_new_volunteer_is_a_candidate_as_soon_as_the_write_returns_with_the_matched_words_as_reasons()
    {
        var walker = await Volunteer("Wandelaar Zuilen", "Zuilen", ["Lange wandelingen in het park"]);
        var request = await _client.CreateRequestAsync(Samples.Request("Mw. (84) wil graag weer eens naar buiten, durft niet alleen te wandelen."));

        var candidates = await CandidatesAsync(request);

        var first = candidates.First(c => c!["volunteerId"]!.GetValue<Guid>() == walker)!;
        first["name"]!.GetValue<string>().Should().Be("Wandelaar Zuilen");
        first["score"]!.GetValue<double>().Should().BeGreaterThan(0);
        var reasons = first["reasons"]!.AsArray().Select(r => (Kind: r!["kind"]!.GetValue<string>(), Text: r["text"]!.GetValue<string>())).ToList();
        reasons.Should().Contain(("passion", "passie: Lange wandelingen in het park"), "matched words are quoted as the volunteer wrote them");
        reasons.Should().Contain(r => r.Kind == "area" && r.Text.StartsWith("woont in Zuilen"));
        reasons.Should().Contain(("availability", "kan di-ochtend"));
    }

    [Fact]
    public async Task Language_inactivity_consent_and_capacity_keep_volunteers_out()
    {
        var ok = await Volunteer("Kok Zuilen", "Zuilen", ["koken voor anderen"]);
        var arabicOnly = await Volunteer("Kok Arabisch", "Zuilen", ["koken voor anderen"], b => b["languages"] = new[] { "ar" });
        var inactive = await Volunteer("Kok Gestopt", "Zuilen", ["koken voor anderen"], b => b["active"] = false);
        var noConsent = await Volunteer("Kok Zonder Toestemming", "Zuilen", ["koken voor anderen"], b => b["consent"] = new { matching = false, boards = true });
        var full = await Volunteer("Kok Vol", "Zuilen", ["koken voor anderen"], b => b["maxMatches"] = 1);
        var request = await _client.CreateRequestAsync(Samples.Request("Mw. wil graag samen koken en eten."));
        var other = await _client.CreateRequestAsync(Samples.Request("Dhr. zoekt iemand die kookt."));
        var match = await _client.ProposeAsync(other, full);

        Ids(await CandidatesAsync(request)).Should().Contain([ok, full]).And.NotContain([arabicOnly, inactive, noConsent]);

        (await _client.ConfirmAsync(match)).EnsureSuccessStatusCode();
        Ids(await CandidatesAsync(request)).Should().Contain(ok).And.NotContain(full, "a volunteer at capacity is not a candidate");

        (await _client.EndAsync(match)).EnsureSuccessStatusCode();
        Ids(await CandidatesAsync(request)).Should().Contain(full, "ending the match frees the place again");
    }

    [Fact]
    public async Task A_volunteer_already_proposed_or_linked_for_the_request_is_marked_with_the_match()
    {
        var proposed = await Volunteer("Fietser Voorgesteld", "Zuilen", ["fietstochten maken"]);
        var free = await Volunteer("Fietser Vrij", "Zuilen", ["fietstochten maken"]);
        var request = await _client.CreateRequestAsync(Samples.Request("Dhr. wil graag weer eens een fietstocht maken."));
        var match = await _client.ProposeAsync(request, proposed);

        JsonNode? MarkOf(JsonArray candidates, Guid volunteer) => candidates.Single(c => c!["volunteerId"]!.GetValue<Guid>() == volunteer)!["match"];
        var candidates = await CandidatesAsync(request);
        MarkOf(candidates, proposed)!["id"]!.GetValue<Guid>().Should().Be(match);
        MarkOf(candidates, proposed)!["status"]!.GetValue<string>().Should().Be("proposed");
        MarkOf(candidates, free).Should().BeNull("a volunteer without a match for this request can be proposed");

        (await _client.ConfirmAsync(match)).EnsureSuccessStatusCode();
        MarkOf(await CandidatesAsync(request), proposed)!["status"]!.GetValue<string>().Should().Be("active");

        (await _client.EndAsync(match)).EnsureSuccessStatusCode();
        MarkOf(await CandidatesAsync(request), proposed).Should().BeNull("an ended match no longer holds the volunteer for this request");
    }

    [Fact]
    public async Task Nearby_and_available_volunteers_rank_above_far_or_unavailable_ones()
    {
        var near = await Volunteer("Schaker Dichtbij", "Oog in Al", ["schaken"]);
        var far = await Volunteer("Schaker Ver", "Vleuten", ["schaken"]);
        var nearOtherDay = await Volunteer("Schaker Zaterdag", "Oog in Al", ["schaken"], b => b["availability"] = new[] { "za-middag" });
        var request = await _client.CreateRequestAsync(Samples.Request("Meneer zoekt iemand om mee te schaken.", "West").With("availability", new[] { "di-ochtend" }));

        var order = Ids(await CandidatesAsync(request));

        order.IndexOf(near).Should().BeLessThan(order.IndexOf(far), "distance counts");
        order.IndexOf(near).Should().BeLessThan(order.IndexOf(nearOtherDay), "a shared day-part counts");
    }

    [Fact]
    public async Task An_unsaved_request_can_be_tried_and_query_syntax_is_just_text()
    {
        var tuinier = await Volunteer("Tuinier Lombok", "Lombok", ["tuinieren", "heggen snoeien"]);

        var response = await _client.PostJsonAsync("/api/v1/candidates?limit=5", new
        {
            question = "Tuin \"helemaal\" verwilderd -- AND (heg?) OR onkruid: wie kan helpen?*",
            neighbourhood = "Lombok",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Ids((await response.ReadObjectAsync())["candidates"]!.AsArray()).Should().Contain(tuinier);
        await (await _client.PostJsonAsync("/api/v1/candidates", new { question = "x", neighbourhood = "Atlantis" })).ShouldBeProblemAsync(400);
        await (await _client.GetAsync($"/api/v1/requests/{Guid.NewGuid()}/candidates?limit=99")).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task The_pool_can_be_searched_freely_with_filters()
    {
        var chessZuilen = await Volunteer("Schaakster Zuilen", "Zuilen", ["schaakles geven"], b => b["buurthuis"] = "De Leeuw");
        var chessLombok = await Volunteer("Schaker Lombok", "Lombok", ["schaken"]);

        var search = await _client.GetObjectAsync("/api/v1/volunteers/search?q=schaken%20Zuilen&limit=10");
        var ids = Ids(search["candidates"]!.AsArray());
        ids.Should().Contain([chessZuilen, chessLombok]);
        ids.IndexOf(chessZuilen).Should().BeLessThan(ids.IndexOf(chessLombok), "the area named in the search lifts those who live there");

        Ids((await _client.GetObjectAsync("/api/v1/volunteers/search?q=schaken&neighbourhood=lombok"))["candidates"]!.AsArray())
            .Should().Contain(chessLombok).And.NotContain(chessZuilen);
        Ids((await _client.GetObjectAsync("/api/v1/volunteers/search?buurthuis=de%20leeuw&dayPart=di-ochtend"))["candidates"]!.AsArray())
            .Should().Contain(chessZuilen).And.NotContain(chessLombok);
        await (await _client.GetAsync("/api/v1/volunteers/search?dayPart=maandag")).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task The_postgresql_baseline_answers_the_same_request_for_comparison()
    {
        var cook = await Volunteer("Kok Baseline", "Zuilen", ["Surinaams koken"]);
        var request = await _client.CreateRequestAsync(Samples.Request("Mw. wil leren koken."));

        var baseline = await _client.GetObjectAsync($"/api/v1/requests/{request}/candidates?engine=baseline");

        Ids(baseline["candidates"]!.AsArray()).Should().Contain(cook);
    }

    [Fact]
    public async Task The_index_status_reports_documents_and_no_lag_after_catching_up()
    {
        await Volunteer("Status", "Zuilen", ["fietsen"]);
        var status = await _client.GetObjectAsync("/api/v1/index/status");
        status["health"]!.GetValue<string>().Should().Be("Ok");
        status["documents"]!.GetValue<int>().Should().BeGreaterThan(0);
        status["analyzerVersion"]!.GetValue<string>().Should().StartWith("dutch-match");
    }
}
