using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Bronbank.Matching.Indexing;

/// <summary>A word's postings in one segment: the documents that contain it and how often (at most 255).</summary>
internal sealed record Postings(int[] Docs, byte[] Freqs)
{
    public static readonly Postings None = new([], []);
}

/// <summary>
/// Postings of the words requests use, decoded once per segment and kept as plain arrays: scoring then
/// runs over arrays instead of Lucene's block decoder and virtual calls per document. A segment never
/// changes once written (deletions are tracked apart), so a copy is right for the segment's life and goes
/// with it. Each segment keeps at most <see cref="BudgetPerDocument"/> postings per document in the
/// copy; beyond that, words are read from the index as they come.
/// </summary>
internal static class SegmentPostings
{
    public const int BudgetPerDocument = 48;

    private static readonly ConditionalWeakTable<object, Cache> Caches = new();

    public static Postings For(AtomicReader reader, string field, BytesRef term)
    {
        var cache = Caches.GetValue(reader.CoreCacheKey, _ => new Cache((long)reader.MaxDoc * BudgetPerDocument));
        var key = (field, term.Utf8ToString());
        if (cache.Entries.TryGetValue(key, out var cached)) return cached;
        var postings = Read(reader, field, term);
        if (Interlocked.Add(ref cache.Used, postings.Docs.Length) <= cache.Budget) cache.Entries.TryAdd(key, postings);
        else Interlocked.Add(ref cache.Used, -postings.Docs.Length);
        return postings;
    }

    private static Postings Read(AtomicReader reader, string field, BytesRef term)
    {
        var terms = reader.GetTerms(field)?.GetEnumerator();
        if (terms is null || !terms.SeekExact(term)) return Postings.None;
        // All documents, deleted ones too: the copy outlives any one view of deletions.
        var docsEnum = terms.Docs(null, null, DocsFlags.FREQS);
        var count = terms.DocFreq;
        var docs = new int[count];
        var freqs = new byte[count];
        var n = 0;
        int doc;
        while ((doc = docsEnum.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS && n < count)
        {
            docs[n] = doc;
            freqs[n] = (byte)Math.Min(docsEnum.Freq, byte.MaxValue);
            n++;
        }
        return n == count ? new Postings(docs, freqs) : new Postings(docs[..n], freqs[..n]);
    }

    private sealed class Cache(long budget)
    {
        public readonly ConcurrentDictionary<(string Field, string Term), Postings> Entries = new();
        public readonly long Budget = budget;
        public long Used;
    }
}
