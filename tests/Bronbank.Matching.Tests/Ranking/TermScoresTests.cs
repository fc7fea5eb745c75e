using Bronbank.Matching.Indexing;
using Bronbank.Matching.Ranking;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bronbank.Matching.Tests.Ranking;

/// <summary>The term-at-a-time scorer must give what Lucene's own BooleanQuery with BM25 gives for the same clauses.</summary>
public sealed class TermScoresTests : IDisposable
{
    private static readonly string[] Words = ["tuinieren", "wandelen", "koken", "schaken", "fietsen", "voorlezen", "breien", "klussen", "gitaar", "taal", "computer", "boodschappen"];
    private readonly TempIndex _index = new();

    public TermScoresTests()
    {
        var random = new Random(7);
        for (var batch = 0; batch < 4; batch++)
        {
            // Several commits, so the index has several segments and deleted documents, as a live one does.
            _index.Add([.. Enumerable.Range(0, 150).Select(i => TempIndex.Volunteer($"V{batch}-{i}",
                [.. Enumerable.Range(0, random.Next(1, 3)).Select(_ => Words[random.Next(Words.Length)])],
                talents: [Words[random.Next(Words.Length)]],
                about: string.Join(" ", Enumerable.Range(0, random.Next(0, 30)).Select(_ => Words[random.Next(Words.Length)] + " en")) + "."))]);
            _index.Index.Commit(batch);
        }
        foreach (var id in _index.Index.Volunteers.Keys.Take(40).ToList()) _index.Index.Delete(id);
        _index.Index.Refresh();
    }

    [Theory]
    [InlineData("Wie wil samen tuinieren en wandelen?")]
    [InlineData("Hulp met de computer en taal oefenen, graag iemand die ook kookt")]
    [InlineData("gitaar")]
    public void Scores_equal_a_Lucene_BooleanQuery_of_the_same_clauses(string question)
    {
        var need = NeedProfile.Of(question);
        _index.Index.WithSearcher(searcher =>
        {
            var clauses = QueryBuilder.ForTerms(searcher.IndexReader, need.Terms);
            clauses.Should().NotBeEmpty();
            var ours = TermScores.Collect(searcher, clauses, _index.Index.Volunteers, _ => true, 1000)
                .ToDictionary(h => h.Volunteer.Document.Id, h => h.Score);

            var query = new BooleanQuery(disableCoord: true);
            foreach (var c in clauses) query.Add(new TermQuery(new Term(c.Field, c.Term)) { Boost = c.Boost }, Occur.SHOULD);
            var profiles = MultiDocValues.GetBinaryValues(searcher.IndexReader, IndexFields.Profile);
            var bytes = new Lucene.Net.Util.BytesRef();
            var lucene = searcher.Search(query, 1000).ScoreDocs.ToDictionary(
                d => { profiles.Get(d.Doc, bytes); return IndexFields.FromBytes(bytes).Id; }, d => d.Score);

            ours.Keys.Should().BeEquivalentTo(lucene.Keys, "the same documents match");
            foreach (var (id, score) in lucene) ours[id].Should().BeApproximately(score, score * 1e-5f);
            return 0;
        });
    }

    [Fact]
    public void Deleted_and_filtered_volunteers_are_never_returned_and_the_best_are_kept()
    {
        var need = NeedProfile.Of("tuinieren");
        var hits = _index.Index.WithSearcher(s => TermScores.Collect(s, QueryBuilder.ForTerms(s.IndexReader, need.Terms), _index.Index.Volunteers,
            v => !v.Document.Name.EndsWith('7'), 5));

        hits.Should().HaveCount(5);
        hits.Select(h => h.Score).Should().BeInDescendingOrder();
        hits.Should().OnlyContain(h => _index.Index.Volunteers.ContainsKey(h.Volunteer.Document.Id) && !h.Volunteer.Document.Name.EndsWith('7'));
        var all = _index.Index.WithSearcher(s => TermScores.Collect(s, QueryBuilder.ForTerms(s.IndexReader, need.Terms), _index.Index.Volunteers,
            v => !v.Document.Name.EndsWith('7'), 1000));
        // Ties may come in any order; the ranker breaks them by id afterwards.
        hits.Select(h => h.Score).Should().Equal(all.Take(5).Select(h => h.Score));
    }

    public void Dispose() => _index.Dispose();
}
