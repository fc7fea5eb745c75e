using Bronbank.Matching.Analysis;
using Bronbank.Matching.Ranking;
using static Bronbank.Matching.Tests.Ranking.TempIndex;

namespace Bronbank.Matching.Tests.Ranking;

/// <summary>Each rule changes the order, shown with volunteers who differ only in that respect.</summary>
public sealed class RankingRuleTests : IDisposable
{
    private readonly TempIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_volunteer_who_shares_no_language_with_the_resident_is_never_returned()
    {
        var arabic = Volunteer("A", ["wandelen"], languages: ["ar", "nl"]);
        var dutch = Volunteer("B", ["wandelen"], languages: ["nl"]);
        _index.Add(arabic, dutch);

        _index.Rank(Request("wil wandelen", languages: ["ar"])).Should().Equal(arabic.Id);
    }

    [Fact]
    public void A_request_that_says_the_resident_speaks_no_dutch_gets_only_volunteers_who_speak_what_they_do()
    {
        var arabic = Volunteer("A", ["brieven uitleggen"], languages: ["ar", "nl"]);
        var dutch = Volunteer("B", ["brieven uitleggen"], languages: ["nl"]);
        _index.Add(arabic, dutch);

        // The request's languages field is empty: the text is the rule, and "geen Nederlands" is not Dutch.
        _index.Rank(Request("dhr 70 spreekt Arabisch, geen Nederlands; stapel brieven", languages: [])).Should().Equal(arabic.Id);
    }

    [Fact]
    public void Between_equal_fits_the_one_who_speaks_the_residents_own_language_ranks_first()
    {
        var ukrainian = Volunteer("Z", ["brieven uitleggen"], languages: ["nl", "uk"]);
        var english = Volunteer("A", ["brieven uitleggen"], languages: ["nl", "en"]);
        _index.Add(english, ukrainian);

        // English, spoken "een beetje", is no one's own language when another is named.
        _index.Rank(Request("brieven uitleggen", languages: ["uk", "en"])).Should().Equal(ukrainian.Id, english.Id);
        _index.Rank(Request("brieven uitleggen", languages: ["nl"])).Should().Equal(new[] { english.Id, ukrainian.Id }, "with Dutch only, the name settles the tie");
    }

    [Fact]
    public void Inactive_unconsented_and_full_volunteers_are_never_returned()
    {
        var ok = Volunteer("ok", ["wandelen"]);
        _index.Add(ok, Volunteer("inactive", ["wandelen"], active: false), Volunteer("no consent", ["wandelen"], consent: false),
            Volunteer("full", ["wandelen"], maxMatches: 1, activeMatches: 1));

        _index.Rank(Request("wandelen")).Should().Equal(ok.Id);
    }

    [Fact]
    public void An_area_named_in_the_request_does_not_make_its_namesake_activity_the_topic()
    {
        var dancer = Volunteer("danser", ["dansen", "salsa"], area: "Danswijk");
        var electrician = Volunteer("elektricien", ["lampen ophangen", "elektra"], talents: ["klussen in huis"], area: "Danswijk");
        _index.Add(dancer, electrician);

        _index.Rank(Request("mw 80 Danswijk, lamp in de gang doet het niet")).First().Should().Be(electrician.Id);
    }

    [Fact]
    public void A_word_cut_short_is_read_as_the_pool_word_it_begins()
    {
        // Without the completion only "lekt" matches, and it matches the bicycle's flat tyre.
        var washing = Volunteer("witgoed", ["wasmachines en drogers repareren"], talents: ["witgoedmonteur geweest"]);
        var bicycles = Volunteer("fietsen", ["lekke banden plakken"]);
        _index.Add(bicycles, washing);

        _index.Rank(Request("dhr 80, wasmach lekt")).First().Should().Be(washing.Id);
        _index.Index.FindCandidates(Request("dhr 80, wasmach lekt")).First().Reasons
            .Should().Contain(r => r.Text.Contains("wasmachines en drogers repareren"), "the reason quotes what the volunteer wrote");
    }

    [Theory]
    [InlineData("wasmach")]
    [InlineData("wasmahcine")]
    public void The_staff_pool_search_reads_a_word_cut_short_or_misspelt_as_the_pool_word(string typed)
    {
        var washing = Volunteer("witgoed", ["wasmachines en drogers repareren"]);
        _index.Add(Volunteer("fietsen", ["lekke banden plakken"]), washing);

        var found = _index.Index.Search(new PoolSearch(typed, null, null, null, null));
        found.Should().NotBeEmpty();
        found[0].VolunteerId.Should().Be(washing.Id);
        found[0].Score.Should().BeGreaterThan(0, "the volunteer was found by the word, not listed by name for want of one");
        found[0].Reasons.Should().Contain(r => r.Text.Contains("wasmachines en drogers repareren"), "the reason quotes what the volunteer wrote");
    }

    [Fact]
    public void A_misspelt_word_is_read_as_the_pool_word_one_letter_off()
    {
        var washing = Volunteer("witgoed", ["wasmachines en drogers repareren"]);
        var bicycles = Volunteer("fietsen", ["lekke banden plakken"]);
        _index.Add(bicycles, washing);

        _index.Rank(Request("mw 75, wasmahcine lekt")).First().Should().Be(washing.Id);
    }

    [Fact]
    public void A_compound_the_dictionary_can_split_is_never_read_as_another_word_one_letter_off()
    {
        // "Kinderbroek" is no typo of "kinderboek": its parts are words ("kind", "broek"), so it is read as them.
        _index.Add(Volunteer("voorlezer", ["kinderboeken voorlezen"]), Volunteer("witgoed", ["wasmachines repareren"]));

        Completed("mw: kinderbroek gescheurd").Should().NotContainKey(TextAnalysis.Terms("kinderboek")[0]);
        Completed("mw: wasmahcine lekt").Should().ContainKey(TextAnalysis.Terms("wasmachine")[0], "a word the dictionary cannot read is");
    }

    private IReadOnlyDictionary<string, float> Completed(string text) =>
        _index.Index.WithSearcher(s => Shorthand.Completed(NeedProfile.Of(text), text, s.IndexReader)).Weights;

    [Fact]
    public void A_dictionary_word_the_pool_lacks_is_never_read_as_a_longer_pool_word()
    {
        // "Wand" (a wall) begins "wandelen"; it is a word of its own, so it is not cut short.
        _index.Add(Volunteer("wandelaar", ["wandelen in het park"]));

        _index.Rank(Request("de wand is vochtig")).Should().BeEmpty();
    }

    [Fact]
    public void The_kitchen_named_as_the_place_of_a_leak_does_not_make_the_cook_a_candidate_for_it()
    {
        // "Keuken" is a room far more often than a cuisine in a request: the leaking tap is the ask.
        var cook = Volunteer("kok", ["koken voor de buurt", "maaltijden"], talents: ["recepten"]);
        var plumber = Volunteer("loodgieter", ["klussen in huis"], talents: ["afvoer ontstoppen"]);
        _index.Add(cook, plumber);

        _index.Rank(Request("Mevrouw (80): de kraan in de keuken lekt")).Should().Equal(plumber.Id);
    }

    [Fact]
    public void Passions_weigh_more_than_talents_and_talents_more_than_about()
    {
        var passion = Volunteer("p", ["schaken"]);
        var talent = Volunteer("t", ["koken"], talents: ["schaken"]);
        var about = Volunteer("a", ["koken"], about: "Ik hou ook van schaken.");
        _index.Add(about, talent, passion);

        _index.Rank(Request("schaken")).Should().Equal(passion.Id, talent.Id, about.Id);
    }

    [Fact]
    public void A_shared_day_part_ranks_above_none_and_a_flexible_request_treats_them_alike()
    {
        var tuesday = Volunteer("di", ["schaken"], availability: ["di-ochtend"]);
        var saturday = Volunteer("za", ["schaken"], availability: ["za-middag"]);
        _index.Add(saturday, tuesday);

        _index.Rank(Request("schaken", availability: ["di-ochtend"])).Should().Equal(tuesday.Id, saturday.Id);
        _index.Rank(Request("schaken", availability: ["za-middag"])).Should().Equal(saturday.Id, tuesday.Id);
    }

    [Fact]
    public void Nearby_ranks_above_far_but_far_is_still_possible()
    {
        var near = Volunteer("near", ["schaken"], at: Ondiep);
        var far = Volunteer("far", ["schaken"], at: Vleuten);
        _index.Add(far, near);

        _index.Rank(Request("schaken", at: Zuilen)).Should().Equal(near.Id, far.Id);
    }

    [Fact]
    public void Volunteers_who_fit_exactly_alike_are_ordered_by_name_whatever_their_ids()
    {
        // Ids are random, so without a tie-break by name the order would change from one run to the next.
        var bram = Volunteer("Bram de Vries", ["schaken"]) with { Id = new Guid("ffffffff-0000-0000-0000-000000000000") };
        var anouk = Volunteer("Anouk Smit", ["schaken"]) with { Id = new Guid("00000000-0000-0000-0000-000000000001") };
        var cor = Volunteer("Cor Bakker", ["schaken"]) with { Id = new Guid("80000000-0000-0000-0000-000000000000") };
        _index.Add(cor, bram, anouk);

        _index.Rank(Request("schaken")).Should().Equal(anouk.Id, bram.Id, cor.Id);
    }

    [Fact]
    public void A_remote_helper_is_not_held_back_by_distance_when_the_need_can_be_met_by_phone()
    {
        var remote = Volunteer("remote", ["formulieren invullen"], at: Vleuten, talents: ["telefonisch"]);
        var farInPerson = Volunteer("far", ["formulieren invullen"], at: Vleuten);
        _index.Add(farInPerson, remote);

        _index.Rank(Request("Mw. wil hulp bij formulieren, mag ook telefonisch", at: Zuilen)).Should().Equal(remote.Id, farInPerson.Id);
    }

    [Fact]
    public void A_remote_helper_is_weak_for_a_need_that_is_met_in_person()
    {
        var remote = Volunteer("remote", ["boodschappen doen"], talents: ["telefonisch"]);
        var near = Volunteer("near", ["boodschappen doen"], at: Ondiep);
        _index.Add(remote, near);

        _index.Rank(Request("Mw. zoekt iemand die boodschappen doet")).Should().Equal(near.Id, remote.Id);
    }

    [Fact]
    public void Among_equals_a_volunteer_still_waiting_for_a_first_match_comes_first()
    {
        var matched = Volunteer("matched", ["schaken"], matchedBefore: true, activeMatches: 1, maxMatches: 2);
        var waiting = Volunteer("waiting", ["schaken"]);
        _index.Add(matched, waiting);

        _index.Rank(Request("schaken")).Should().Equal(waiting.Id, matched.Id);
    }

    [Fact]
    public void A_meaning_match_beats_a_shared_word_with_another_meaning()
    {
        var lessons = Volunteer("lessons", ["fietsles geven aan vrouwen"]);
        var repair = Volunteer("repair", ["fietsen repareren"]);
        _index.Add(repair, lessons);

        _index.Rank(Request("Mw. wil graag leren fietsen")).First().Should().Be(lessons.Id);
        _index.Rank(Request("Mijn fiets heeft een lekke band")).First().Should().Be(repair.Id);
    }

    [Fact]
    public void Reasons_name_the_matched_words_as_the_volunteer_wrote_them()
    {
        var v = Volunteer("Gerrit", ["Lange Wandelingen", "vogels kijken"], at: Ondiep, talents: ["EHBO-diploma"], languages: ["nl", "ar"],
            about: "Ik loop elke dag. Samen een ommetje maken vind ik fijn.");
        _index.Add(v);

        var reasons = _index.Index.FindCandidates(Request("Dhr. wil graag een ommetje maken", availability: ["di-ochtend"], languages: ["ar"]))
            .Single().Reasons;

        reasons.Should().ContainEquivalentOf(new Reason("passion", "passie: Lange Wandelingen"));
        reasons.Should().NotContain(r => r.Text.Contains("vogels"));
        reasons.Should().Contain(r => r.Kind == "about" && r.Text.Contains("ommetje"));
        reasons.Should().ContainEquivalentOf(new Reason("area", "woont in Zuilen (1,1 km)"));
        reasons.Should().ContainEquivalentOf(new Reason("availability", "kan di-ochtend"));
        reasons.Should().ContainEquivalentOf(new Reason("language", "spreekt Arabisch"));
        reasons.Should().ContainEquivalentOf(new Reason("capacity", "wacht nog op een eerste koppeling"));
    }

    [Fact]
    public void A_request_without_meaningful_words_has_no_candidates()
    {
        _index.Add(Volunteer("x", ["schaken"]));
        _index.Rank(Request("Mw. zoekt iemand die haar wil helpen.")).Should().BeEmpty();
    }

    [Fact]
    public void The_ask_outranks_the_residents_situation_and_spoken_languages_become_the_rule()
    {
        var shutters = Volunteer("zonwering", ["zonwering en rolluiken repareren"], languages: ["pt", "nl"]);
        var visitor = Volunteer("bezoek", ["op bezoek bij eenzame ouderen", "Portugees praten"], languages: ["pt", "nl"]);
        var polish = Volunteer("pools", ["rolluiken repareren"], languages: ["pl"]);
        _index.Add(visitor, shutters, polish);

        _index.Rank(Request("Meneer (80) is weduwnaar en eenzaam, spreekt Portugees; zijn rolluik klemt", languages: []))
            .Should().StartWith(shutters.Id).And.NotContain(polish.Id, "the text says he speaks Portuguese");
    }
}
