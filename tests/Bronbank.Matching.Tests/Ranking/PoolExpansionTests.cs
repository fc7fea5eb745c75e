using static Bronbank.Matching.Tests.Ranking.TempIndex;

namespace Bronbank.Matching.Tests.Ranking;

/// <summary>
/// Related words learned from the pool find volunteers the request's own words miss, and lift those they found only by a
/// stray word, below those it names.
/// </summary>
public sealed class PoolExpansionTests : IDisposable
{
    private readonly TempIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_volunteer_who_names_the_activity_in_other_words_is_found_through_the_pool()
    {
        // "lindyhop" is in no word list: only the first volunteer's own phrase ties it to "swingdansen".
        var both = Volunteer("Lies", ["lindyhop en swingdansen"]);
        var other = Volunteer("Sam", ["swingdansen op zaterdag"]);
        var unrelated = Volunteer("Piet", ["schaken"]);
        _index.Add(both, other, unrelated);

        var ranked = _index.Rank(Request("Mw. (34) wil graag lindyhop leren."));

        ranked.Should().StartWith(both.Id);
        ranked.Should().Contain(other.Id, "the pool says lindyhop and swingdansen go together").And.NotContain(unrelated.Id);
    }

    [Fact]
    public void A_volunteer_found_only_by_a_stray_word_gains_from_the_related_words()
    {
        // "Bonsai" and "penjing" are in no word list: only Lies's phrase ties them together.
        var literal = Volunteer("Lies", ["bonsai en penjing"]);
        // Both share only where the resident comes from; only Kees also names the related art.
        var anton = Volunteer("Anton", ["schaken"], about: "Ik kom uit Deventer.");
        var kees = Volunteer("Kees", ["penjing"], about: "Ik kom uit Deventer.");
        _index.Add(literal, anton, kees);

        var ranked = _index.Rank(Request("Mw. (70) uit Deventer wil graag bonsai leren."));

        ranked.Should().StartWith(literal.Id);
        ranked.IndexOf(kees.Id).Should().BeLessThan(ranked.IndexOf(anton.Id), "the pool ties penjing to bonsai; by name alone Anton would come first");
    }

    [Fact]
    public void Related_words_never_reorder_the_volunteers_the_request_names()
    {
        var literal = Volunteer("Lies", ["lindyhop en swingdansen"]);
        var nearLiteral = Volunteer("Noor", ["lindyhop"]);
        var borrowed = Volunteer("Sam", ["swingdansen", "swingdansen geven", "swingdansen op zaterdag"]);
        _index.Add(literal, nearLiteral, borrowed);

        var ranked = _index.Rank(Request("Mw. wil graag lindyhop leren."));

        ranked.IndexOf(borrowed.Id).Should().BeGreaterThan(ranked.IndexOf(literal.Id)).And.BeGreaterThan(ranked.IndexOf(nearLiteral.Id));
    }
}
