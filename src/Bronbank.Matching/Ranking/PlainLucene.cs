using Bronbank.Matching.Analysis;
using Bronbank.Matching.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bronbank.Matching.Ranking;

/// <summary>
/// The engine's own limit, for the benchmark only: the request's words as a plain Lucene
/// <see cref="BooleanQuery"/> over the same index and analyzer (each word in passions, talents and about, with
/// the same field boosts and the same choice of the most telling words), scored by Lucene's BM25 and gathered
/// by a top-N collector. No hard rules, no practical fit, no borrowed words, no reasons: what a bare Lucene
/// search of the same text costs, so the benchmark can say how close the whole candidates call comes to it.
/// </summary>
internal static class PlainLucene
{
    public static IReadOnlyList<(Guid VolunteerId, float Score)> Top(IndexSearcher searcher, string text, int limit)
    {
        var terms = TextAnalysis.Terms(text).ToHashSet(StringComparer.Ordinal);
        var clauses = QueryBuilder.ForTerms(searcher.IndexReader, terms);
        if (clauses.Count == 0) return [];
        // BM25 gives no coordination factor, so the query scores what TermScores scores for the same clauses.
        var query = new BooleanQuery(disableCoord: true);
        foreach (var clause in clauses) query.Add(new TermQuery(new Term(clause.Field, clause.Term)) { Boost = clause.Boost }, Occur.SHOULD);
        var collector = TopScoreDocCollector.Create(limit, docsScoredInOrder: false);
        searcher.Search(query, collector);
        var hits = collector.GetTopDocs().ScoreDocs;
        var leaves = searcher.IndexReader.Leaves;
        var results = new List<(Guid, float)>(hits.Length);
        foreach (var hit in hits)
        {
            // The volunteer's id from the segment's doc values, as any Lucene application reads its hits.
            var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
            var doc = hit.Doc - leaf.DocBase;
            var high = leaf.AtomicReader.GetNumericDocValues(IndexFields.IdHigh).Get(doc);
            var low = leaf.AtomicReader.GetNumericDocValues(IndexFields.IdLow).Get(doc);
            results.Add((IndexFields.Join(high, low), hit.Score));
        }
        return results;
    }
}
