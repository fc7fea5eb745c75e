using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Bronbank.Matching.Indexing;

/// <summary>
/// For each index segment, the volunteer behind every document, resolved once when a searcher first meets
/// the segment instead of once per hit. A document is never changed after it is written (an update writes a
/// new one and deletes the old), so the table stays right for the segment's life; deleted documents are
/// never collected. The table is keyed on the segment's core and goes when the segment is merged away.
/// </summary>
internal static class SegmentVolunteers
{
    private static readonly ConditionalWeakTable<object, IndexedVolunteer?[]> Tables = new();

    public static IndexedVolunteer?[] For(AtomicReader reader, ConcurrentDictionary<Guid, IndexedVolunteer> volunteers)
    {
        // The callback runs at most once per segment core; concurrent first searches may both build, one wins.
        return Tables.GetValue(reader.CoreCacheKey, _ => Build(reader, volunteers));
    }

    private static IndexedVolunteer?[] Build(AtomicReader reader, ConcurrentDictionary<Guid, IndexedVolunteer> volunteers)
    {
        var table = new IndexedVolunteer?[reader.MaxDoc];
        var high = reader.GetNumericDocValues(IndexFields.IdHigh);
        var low = reader.GetNumericDocValues(IndexFields.IdLow);
        if (high is null || low is null) return table;
        var live = reader.LiveDocs;
        for (var doc = 0; doc < table.Length; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            if (volunteers.TryGetValue(IndexFields.Join(high.Get(doc), low.Get(doc)), out var volunteer)) table[doc] = volunteer;
        }
        return table;
    }
}
