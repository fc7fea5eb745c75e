using System.Text;
using static Bronbank.Matching.Tests.Ranking.TempIndex;

namespace Bronbank.Matching.Tests.Ranking;

/// <summary>
/// Erasure on an index of thousands: Lucene merges a segment away only when enough of it is deleted (10 %
/// by default), so one person among thousands would stay in the files. Purging must rewrite every segment
/// that holds a deleted document.
/// </summary>
public sealed class ErasurePurgeTests : IDisposable
{
    private const string Name = "Wendelina Uitgewist";
    private const string Words = "xylofoonsnijwerk";
    private readonly TempIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Erasing_one_person_from_an_index_of_five_thousand_removes_their_name_and_words_from_every_file()
    {
        var person = Volunteer(Name, [Words], about: "oude tekst over de " + Words);
        var pool = Enumerable.Range(0, 5000).Select(i => Volunteer($"Vrijwilliger {i}", ["wandelen", "koken"], about: $"houdt van fietsen en buurt {i}")).ToList();
        _index.Index.Rebuild(pool.Take(2500).Append(person), "db-1", 1);
        foreach (var v in pool.Skip(2500)) _index.Index.Upsert(v);
        _index.Index.Upsert(person with { About = "nieuwe tekst" }); // an older version of the person is now a deleted document too
        _index.Index.Commit(2);
        Mentions(Name).Should().BeTrue("the name is in the files before erasure, else this test proves nothing");
        Directory.GetFiles(_index.Path, "*.si").Length.Should().BeGreaterThan(1, "the index has several segments");

        _index.Index.Delete(person.Id);
        _index.Index.PurgeDeleted(3);

        Mentions(Name).Should().BeFalse("the erased person's name is in no index file");
        Mentions(Words).Should().BeFalse("nor their words");
        Mentions("oude tekst").Should().BeFalse("nor an older version of their profile");
        _index.Index.DocumentCount.Should().Be(5000);
        _index.Reopen();
        _index.Rank(Request("wandelen")).Should().NotBeEmpty("the others are still found after reopening");
    }

    private bool Mentions(string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return Directory.GetFiles(_index.Path).Any(f => !f.EndsWith(".lock", StringComparison.Ordinal) && File.ReadAllBytes(f).AsSpan().IndexOf(needle) >= 0);
    }
}
