using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Bronbank.Matching.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Bronbank.Matching.Ranking;

/// <summary>One weighted word in one field: passion, talent, about or area.</summary>
internal readonly record struct Clause(string Field, string Term, float Boost);

/// <summary>
/// BM25 scores for a disjunction of weighted words, term at a time: each word's postings are read in
/// one pass and added into a score per document, then the best volunteers that pass the filter are kept.
/// The figures are Lucene's own <see cref="Lucene.Net.Search.Similarities.BM25Similarity"/> (k1 1.2, b 0.75,
/// the same idf, average length and length norms), so the ranking is what a Lucene BooleanQuery of the
/// same clauses gives; but it skips BooleanScorer's per-document bookkeeping, which at 100,000 volunteers
/// cost more than the scoring itself, and reads each word's postings from a per-segment copy in memory
/// (see <see cref="SegmentPostings"/> and docs/benchmarks.md).
/// </summary>
internal static class TermScores
{
    private const float K1 = 1.2f, B = 0.75f;

    private static readonly float[] NormTable = BuildNormTable();

    // Per segment core and field: the length-norm byte of every document, read once rather than per posting.
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, byte[]>> Norms = new();

    public static List<(IndexedVolunteer Volunteer, float Score)> Collect(
        IndexSearcher searcher, IReadOnlyList<Clause> clauses, ConcurrentDictionary<Guid, IndexedVolunteer> volunteers,
        Func<IndexedVolunteer, bool> accept, int keep)
    {
        var reader = searcher.IndexReader;
        var weighted = new List<(Clause Clause, BytesRef Bytes, float Weight, float[] Cache)>(clauses.Count);
        foreach (var clause in clauses)
        {
            var docFreq = reader.DocFreq(new Term(clause.Field, clause.Term));
            if (docFreq == 0) continue;
            var collection = searcher.CollectionStatistics(clause.Field);
            var idf = Idf(docFreq, collection.MaxDoc);
            var averageLength = collection.SumTotalTermFreq <= 0 ? 1f : (float)(collection.SumTotalTermFreq / (double)collection.MaxDoc);
            var cache = new float[256];
            for (var i = 0; i < cache.Length; i++) cache[i] = K1 * ((1 - B) + (B * NormTable[i] / averageLength));
            weighted.Add((clause, new BytesRef(clause.Term), idf * clause.Boost * (K1 + 1), cache));
        }

        var best = new PriorityQueue<(IndexedVolunteer Volunteer, float Score), float>(keep + 1);
        var lowest = float.MinValue;
        if (weighted.Count == 0) return [];
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var segment = SegmentVolunteers.For(atomic, volunteers);
            var (scores, touched) = Buffers(atomic.MaxDoc);
            var count = 0;
            try
            {
                foreach (var (clause, bytes, weight, cache) in weighted)
                {
                    var postings = SegmentPostings.For(atomic, clause.Field, bytes);
                    if (postings.Docs.Length == 0) continue;
                    var norms = NormsOf(atomic, clause.Field);
                    var docs = postings.Docs;
                    var freqs = postings.Freqs;
                    for (var p = 0; p < docs.Length; p++)
                    {
                        var doc = docs[p];
                        float freq = freqs[p];
                        var norm = norms is null ? K1 : cache[norms[doc]];
                        if (scores[doc] == 0) touched[count++] = doc;
                        scores[doc] += weight * freq / (freq + norm);
                    }
                }
                // Postings include documents deleted since the segment was written; they are skipped here.
                var live = atomic.LiveDocs;
                for (var i = 0; i < count; i++)
                {
                    var doc = touched[i];
                    var score = scores[doc];
                    // Cheapest test first: once the list is full, most documents score too low to enter it, and
                    // the filter (which reads the volunteer from memory) is only run for those that would.
                    if (best.Count >= keep && score <= lowest) continue;
                    var volunteer = segment[doc];
                    if (volunteer is null || (live is not null && !live.Get(doc)) || !accept(volunteer)) continue;
                    if (best.Count < keep) best.Enqueue((volunteer, score), score);
                    else best.EnqueueDequeue((volunteer, score), score);
                    if (best.Count >= keep) best.TryPeek(out _, out lowest);
                }
            }
            finally
            {
                // The buffers are this thread's, kept all-zero between uses.
                for (var i = 0; i < count; i++) scores[touched[i]] = 0;
            }
        }

        var results = new List<(IndexedVolunteer, float)>(best.Count);
        while (best.TryDequeue(out var item, out _)) results.Add(item);
        results.Reverse();
        return results;
    }

    /// <summary>BM25's idf, as Lucene's <see cref="Lucene.Net.Search.Similarities.BM25Similarity"/> computes it: the one formula, also used to pick a request's most telling words.</summary>
    public static float Idf(long docFreq, long documents) => (float)Math.Log(1 + ((documents - docFreq + 0.5D) / (docFreq + 0.5D)));

    [ThreadStatic] private static float[]? t_scores;
    [ThreadStatic] private static int[]? t_touched;

    private static (float[] Scores, int[] Touched) Buffers(int size)
    {
        if (t_scores is null || t_scores.Length < size)
        {
            t_scores = new float[Math.Max(size, 1024)];
            t_touched = new int[t_scores.Length];
        }
        return (t_scores, t_touched!);
    }

    private static byte[]? NormsOf(AtomicReader reader, string field)
    {
        var byField = Norms.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal));
        if (byField.TryGetValue(field, out var norms)) return norms;
        var values = reader.GetNormValues(field);
        if (values is null) return null;
        norms = new byte[reader.MaxDoc];
        for (var doc = 0; doc < norms.Length; doc++) norms[doc] = (byte)values.Get(doc);
        return byField.GetOrAdd(field, norms);
    }

    private static float[] BuildNormTable()
    {
        var table = new float[256];
        for (var i = 0; i < table.Length; i++)
        {
            var f = SmallSingle.Byte315ToSingle((byte)i);
            table[i] = 1.0f / (f * f);
        }
        return table;
    }
}
