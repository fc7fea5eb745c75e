using System.Collections.Concurrent;
using Bronbank.Matching.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bronbank.Matching.Ranking;

/// <summary>
/// Runs a text query and keeps the best-scoring volunteers that pass a filter, reading ids from doc
/// values and the rest from the in-memory table: no stored field is loaded while collecting.
/// </summary>
internal sealed class TextScores : ICollector
{
    private readonly ConcurrentDictionary<Guid, IndexedVolunteer> _volunteers;
    private readonly Func<IndexedVolunteer, bool> _accept;
    private readonly int _keep;
    private readonly PriorityQueue<(IndexedVolunteer Volunteer, float Score), float> _best = new();
    private Scorer? _scorer;
    private NumericDocValues? _high, _low;

    private TextScores(ConcurrentDictionary<Guid, IndexedVolunteer> volunteers, Func<IndexedVolunteer, bool> accept, int keep)
    {
        _volunteers = volunteers;
        _accept = accept;
        _keep = keep;
    }

    public static List<(IndexedVolunteer Volunteer, float Score)> Collect(
        IndexSearcher searcher, Query query, ConcurrentDictionary<Guid, IndexedVolunteer> volunteers, Func<IndexedVolunteer, bool> accept, int keep)
    {
        var collector = new TextScores(volunteers, accept, keep);
        searcher.Search(query, collector);
        var results = new List<(IndexedVolunteer, float)>(collector._best.Count);
        while (collector._best.TryDequeue(out var item, out _)) results.Add(item);
        results.Reverse();
        return results;
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _high = context.AtomicReader.GetNumericDocValues(IndexFields.IdHigh);
        _low = context.AtomicReader.GetNumericDocValues(IndexFields.IdLow);
    }

    public void Collect(int doc)
    {
        if (_high is null || _low is null) return;
        var id = IndexFields.Join(_high.Get(doc), _low.Get(doc));
        // A document whose volunteer left the table was deleted since this searcher opened.
        if (!_volunteers.TryGetValue(id, out var volunteer) || !_accept(volunteer)) return;
        var score = _scorer!.GetScore();
        if (_best.Count < _keep) _best.Enqueue((volunteer, score), score);
        else if (_best.TryPeek(out _, out var lowest) && score > lowest) _best.EnqueueDequeue((volunteer, score), score);
    }
}
