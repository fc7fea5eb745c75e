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

    /// <summary>
    /// The best <paramref name="keep"/> volunteers that pass <paramref name="accept"/> for these clauses. With
    /// <paramref name="expand"/>, a second round of clauses is made from the best <paramref name="feedback"/>
    /// documents of the first (pseudo-relevance feedback) and added into the same scores, so the first round is
    /// scored once.
    /// </summary>
    public static List<(IndexedVolunteer Volunteer, float Score)> Collect(
        IndexSearcher searcher, IReadOnlyList<Clause> clauses, ConcurrentDictionary<Guid, IndexedVolunteer> volunteers,
        Func<IndexedVolunteer, bool> accept, int keep,
        Func<IReadOnlyList<(IndexedVolunteer Volunteer, float Score)>, IReadOnlyList<Clause>>? expand = null, int feedback = 0)
    {
        var reader = searcher.IndexReader;
        var weighted = Prepare(searcher, clauses);
        if (weighted.Count == 0) return [];
        var leaves = reader.Leaves;
        var buffers = new (float[] Scores, int[] Touched, int Count, IndexedVolunteer?[] Volunteers)[leaves.Count];
        try
        {
            for (var i = 0; i < leaves.Count; i++)
            {
                var atomic = leaves[i].AtomicReader;
                var (scores, touched) = Buffers(i, atomic.MaxDoc);
                buffers[i] = (scores, touched, Accumulate(atomic, weighted, scores, touched, 0), SegmentVolunteers.For(atomic, volunteers));
            }
            // Borrowed words are for requests whose own words the pool barely uses: when the first round
            // already found many volunteers, the second would only add more below them, at the price of a round.
            if (expand is not null && feedback > 0 && buffers.Sum(b => b.Count) < ExpandBelow)
            {
                // The second round finds documents the first missed, and lifts those the first found only by a stray word
                // (below PoolExpansion.SettledShare of the best score), never above the ones the request's own words found
                // well, whose order it leaves alone.
                var extra = Prepare(searcher, expand(Select(leaves, buffers, _ => true, feedback)));
                var top = 0f;
                foreach (var (scores, touched, count, _) in buffers)
                {
                    for (var t = 0; t < count; t++) top = Math.Max(top, scores[touched[t]]);
                }
                var threshold = PoolExpansion.SettledShare * top;
                for (var i = 0; extra.Count > 0 && i < leaves.Count; i++)
                {
                    var found = Found(buffers[i].Touched, buffers[i].Count, leaves[i].AtomicReader.MaxDoc, buffers[i].Scores, threshold);
                    try
                    {
                        buffers[i].Count = Accumulate(leaves[i].AtomicReader, extra, buffers[i].Scores, buffers[i].Touched, buffers[i].Count, found);
                        Cap(buffers[i].Scores, buffers[i].Touched, buffers[i].Count, found, threshold);
                    }
                    finally { for (var t = 0; t < buffers[i].Count; t++) found[buffers[i].Touched[t]] = false; }
                }
            }
            return Select(leaves, buffers, accept, keep);
        }
        finally
        {
            // The buffers are this thread's, kept all-zero between uses.
            foreach (var (scores, touched, count, _) in buffers)
            {
                for (var i = 0; i < count; i++) scores[touched[i]] = 0;
            }
        }
    }

    /// <summary>The second round runs only when the first touched fewer volunteers than this.</summary>
    public const int ExpandBelow = 200;

    private static List<(Clause Clause, BytesRef Bytes, float Weight, float[] Cache)> Prepare(IndexSearcher searcher, IReadOnlyList<Clause> clauses)
    {
        var reader = searcher.IndexReader;
        var weighted = new List<(Clause Clause, BytesRef Bytes, float Weight, float[] Cache)>(clauses.Count);
        foreach (var clause in clauses)
        {
            // A clause that weighs nothing would leave its documents at zero, which marks "not yet touched".
            if (clause.Boost <= 0) continue;
            var docFreq = DocFreq(reader, clause.Field, clause.Term);
            if (docFreq == 0) continue;
            var collection = searcher.CollectionStatistics(clause.Field);
            var idf = Idf(docFreq, collection.MaxDoc);
            var averageLength = collection.SumTotalTermFreq <= 0 ? 1f : (float)(collection.SumTotalTermFreq / (double)collection.MaxDoc);
            var cache = new float[256];
            for (var i = 0; i < cache.Length; i++) cache[i] = K1 * ((1 - B) + (B * NormTable[i] / averageLength));
            weighted.Add((clause, new BytesRef(clause.Term), idf * clause.Boost * (K1 + 1), cache));
        }
        return weighted;
    }

    /// <summary>
    /// Adds the clauses' BM25 scores of one segment into <paramref name="scores"/>; returns the new count of
    /// touched documents. With <paramref name="found"/>, documents marked there are left as they are.
    /// </summary>
    private static int Accumulate(AtomicReader atomic, List<(Clause Clause, BytesRef Bytes, float Weight, float[] Cache)> weighted, float[] scores, int[] touched, int count, bool[]? found = null)
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
                if (found is not null && found[doc]) continue;
                if (scores[doc] == 0) touched[count++] = doc;
                scores[doc] += weight * freq / (freq + norm);
            }
        }
        return count;
    }

    private static List<(IndexedVolunteer Volunteer, float Score)> Select(
        IList<AtomicReaderContext> leaves, (float[] Scores, int[] Touched, int Count, IndexedVolunteer?[] Volunteers)[] buffers,
        Func<IndexedVolunteer, bool> accept, int keep)
    {
        var best = new PriorityQueue<(IndexedVolunteer Volunteer, float Score), float>(keep + 1);
        var lowest = float.MinValue;
        for (var i = 0; i < leaves.Count; i++)
        {
            var (scores, touched, count, segment) = buffers[i];
            // Postings include documents deleted since the segment was written; they are skipped here.
            var live = leaves[i].AtomicReader.LiveDocs;
            for (var t = 0; t < count; t++)
            {
                var doc = touched[t];
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
        var results = new List<(IndexedVolunteer, float)>(best.Count);
        while (best.TryDequeue(out var item, out _)) results.Add(item);
        results.Reverse();
        return results;
    }

    /// <summary>
    /// How many documents hold a word in a field, asked of a reader (a searcher's point-in-time view) once: a
    /// request's words are looked up to choose them, to bound them and to score them. At most
    /// <see cref="DocFreqCacheLimit"/> words a reader; the next refresh starts afresh.
    /// </summary>
    public static int DocFreq(IndexReader reader, string field, string term)
    {
        var cache = DocFreqs.GetValue(reader, _ => new ConcurrentDictionary<(string, string), int>());
        if (cache.TryGetValue((field, term), out var known)) return known;
        var docFreq = reader.DocFreq(new Term(field, term));
        if (cache.Count < DocFreqCacheLimit) cache.TryAdd((field, term), docFreq);
        return docFreq;
    }

    private const int DocFreqCacheLimit = 100_000;

    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<(string Field, string Term), int>> DocFreqs = new();

    /// <summary>BM25's idf, as Lucene's <see cref="Lucene.Net.Search.Similarities.BM25Similarity"/> computes it: the one formula, also used to pick a request's most telling words.</summary>
    public static float Idf(long docFreq, long documents) => (float)Math.Log(1 + ((documents - docFreq + 0.5D) / (docFreq + 0.5D)));

    // One pair of buffers per segment position, this thread's own, so both rounds of a search add into the same scores.
    [ThreadStatic] private static List<(float[] Scores, int[] Touched)>? t_buffers;

    [ThreadStatic] private static bool[]? t_found;

    /// <summary>
    /// Related words lift a document at most to just below <paramref name="ceiling"/>, never above one the request's own
    /// words found well; a document already below it is never lowered.
    /// </summary>
    private static void Cap(float[] scores, int[] touched, int count, bool[] found, float ceiling)
    {
        var below = MathF.BitDecrement(ceiling);
        for (var t = 0; t < count; t++)
        {
            var doc = touched[t];
            if (!found[doc] && scores[doc] > below) scores[doc] = below;
        }
    }

    /// <summary>
    /// This thread's marks of the documents the first round touched with at least <paramref name="threshold"/>: the second
    /// round leaves them as they are. Cleared by the caller.
    /// </summary>
    private static bool[] Found(int[] touched, int count, int size, float[] scores, float threshold)
    {
        if (t_found is null || t_found.Length < size) t_found = new bool[Math.Max(size, 1024)];
        for (var t = 0; t < count; t++) t_found[touched[t]] = scores[touched[t]] >= threshold;
        return t_found;
    }

    private static (float[] Scores, int[] Touched) Buffers(int leaf, int size)
    {
        var all = t_buffers ??= [];
        while (all.Count <= leaf) all.Add(([], []));
        if (all[leaf].Scores.Length < size)
        {
            var length = Math.Max(size, 1024);
            all[leaf] = (new float[length], new int[length]);
        }
        return all[leaf];
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
