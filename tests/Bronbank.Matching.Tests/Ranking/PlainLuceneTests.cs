namespace Bronbank.Matching.Tests.Ranking;

/// <summary>
/// The benchmark's plain Lucene query (the engine's own limit) must search what Bronbank searches: for a
/// request of one word, where hard rules and practical fit treat everyone alike, both give the same volunteers
/// in the same order.
/// </summary>
public sealed class PlainLuceneTests : IDisposable
{
    private readonly TempIndex _index = new();

    [Fact]
    public void A_one_word_request_gives_the_same_top_volunteers_in_the_same_order_as_Bronbank()
    {
        var inPassion = TempIndex.Volunteer("Anouk", ["schaken"]);
        var inLongerPassions = TempIndex.Volunteer("Bram", ["schaken", "koken voor buren", "fietstochten door de polder"]);
        var inTalent = TempIndex.Volunteer("Cem", ["tuinieren"], talents: ["schaken"]);
        var inAbout = TempIndex.Volunteer("Dewi", ["wandelen"], about: "Op woensdag schaken met de buurman.");
        var inLongAbout = TempIndex.Volunteer("Eva", ["breien"], about: "Ik ben met pensioen, woon al veertig jaar in de wijk, zing in een koor en speel soms schaken in de bibliotheek.");
        _index.Add(inPassion, inLongerPassions, inTalent, inAbout, inLongAbout);
        _index.Add([.. Enumerable.Range(0, 30).Select(i => TempIndex.Volunteer($"Vulling {i}", [i % 2 == 0 ? "tuinieren" : "boodschappen doen"],
            about: "Graag help ik mensen in de buurt."))]);

        var bronbank = _index.Rank(TempIndex.Request("schaken"));
        var plain = _index.Index.PlainLuceneTop("schaken").Select(h => h.VolunteerId).ToList();

        plain.Should().BeEquivalentTo([inPassion.Id, inLongerPassions.Id, inTalent.Id, inAbout.Id, inLongAbout.Id], "only they have the word");
        plain[0].Should().Be(inPassion.Id, "a short passion weighs most");
        bronbank.Should().Equal(plain);
    }

    [Fact]
    public void The_plain_query_keeps_the_best_ten_by_score_and_finds_nothing_for_words_no_profile_has()
    {
        // Each with the word in a longer passion, so the scores fall (Lucene keeps lengths to a byte: some tie).
        _index.Add([.. Enumerable.Range(0, 25).Select(i => TempIndex.Volunteer($"Schaker {i}",
            ["schaken " + string.Join(' ', Enumerable.Repeat("vriendelijk", i))]))]);

        var top = _index.Index.PlainLuceneTop("schaken");
        var all = _index.Index.PlainLuceneTop("schaken", 100);

        all.Should().HaveCount(25);
        top.Should().Equal(all.Take(10));
        top.Select(h => h.Score).Should().BeInDescendingOrder();
        top[0].Score.Should().BeGreaterThan(top[9].Score);
        _index.Index.PlainLuceneTop("zeilvliegen").Should().BeEmpty();
    }

    public void Dispose() => _index.Dispose();
}
