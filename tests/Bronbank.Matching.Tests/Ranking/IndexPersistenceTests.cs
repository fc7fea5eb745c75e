using System.Text;
using static Bronbank.Matching.Tests.Ranking.TempIndex;

namespace Bronbank.Matching.Tests.Ranking;

public sealed class IndexPersistenceTests : IDisposable
{
    private readonly TempIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_new_folder_is_reported_missing_and_a_committed_index_reopens_with_its_data()
    {
        _index.Index.Health.Should().Be(IndexHealth.Missing);
        var v = Volunteer("Kees", ["schaken"]);
        _index.Index.Rebuild([v], "db-1", 41);
        _index.Index.Upsert(Volunteer("Anna", ["breien"]));
        _index.Index.Commit(42);

        _index.Reopen();

        _index.Index.Health.Should().Be(IndexHealth.Ok);
        _index.Index.DatabaseId.Should().Be("db-1");
        _index.Index.LastAppliedChange.Should().Be(42);
        _index.Index.DocumentCount.Should().Be(2);
        _index.Rank(Request("schaken")).Should().Equal(v.Id);
    }

    [Fact]
    public void Garbage_in_the_segment_files_is_reported_corrupt_and_leaves_an_empty_index()
    {
        _index.Index.Rebuild([Volunteer("Kees", ["schaken"])], "db-1", 1);
        _index.Index.Dispose();
        foreach (var file in Directory.GetFiles(_index.Path).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)))
            File.WriteAllBytes(file, Encoding.UTF8.GetBytes("not a lucene file at all, just garbage"));

        _index.Reopen();

        _index.Index.Health.Should().BeOneOf(IndexHealth.Corrupt, IndexHealth.Missing);
        _index.Index.DocumentCount.Should().Be(0);
        _index.Index.DatabaseId.Should().BeNull("a damaged index must be rebuilt, never trusted");
    }

    [Fact]
    public void Deleting_and_purging_leaves_no_trace_of_a_volunteer_in_any_file()
    {
        var gone = Volunteer("Zebedeus Vergeten", ["trombonereparatie"]);
        _index.Index.Rebuild([gone, Volunteer("Blijft", ["schaken"])], "db-1", 1);
        Mentions("trombonereparatie").Should().BeTrue();

        _index.Index.Delete(gone.Id);
        _index.Index.PurgeDeleted();

        Mentions("trombonereparatie").Should().BeFalse();
        Mentions("Zebedeus").Should().BeFalse();
        _index.Rank(Request("schaken")).Should().HaveCount(1);
    }

    private bool Mentions(string word)
    {
        var needle = Encoding.UTF8.GetBytes(word);
        return Directory.GetFiles(_index.Path).Any(f => File.ReadAllBytes(f).AsSpan().IndexOf(needle) >= 0);
    }
}
