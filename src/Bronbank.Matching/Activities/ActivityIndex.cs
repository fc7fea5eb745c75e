using System.Collections.Concurrent;
using Bronbank.Matching.Analysis;

namespace Bronbank.Matching.Activities;

/// <summary>
/// The activities of a municipality, analysed with the same Dutch pipeline as volunteers and requests
/// (<see cref="TextAnalysis"/>), scored by BM25 over title, target groups and description. There are
/// hundreds, not millions, of activities, so the index lives in memory and scores every entry; an entry
/// is replaced whole, so a reader sees an activity either before or after a change, never half.
/// </summary>
public sealed class ActivityIndex
{
    private const double K1 = 1.2, B = 0.75;
    private readonly ConcurrentDictionary<Guid, AnalysedActivity> _entries = new();

    public int Count => _entries.Count;

    public void Upsert(ActivityDocument document) => _entries[document.Id] = AnalysedActivity.Of(document);

    public void Remove(Guid id) => _entries.TryRemove(id, out _);

    public void Clear() => _entries.Clear();

    public bool Contains(Guid id) => _entries.ContainsKey(id);

    /// <summary>The activities whose words fit the question, ranked by relevance times practical fit, with reasons.</summary>
    public IReadOnlyList<ActivityMatch> Find(ActivityQuery query)
    {
        var terms = TextAnalysis.Terms(query.Text).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0) return [];
        var entries = _entries.Values.ToList();
        if (entries.Count == 0) return [];
        var averages = Enumerable.Range(0, AnalysedActivity.Fields.Length).Select(f => Math.Max(1, entries.Average(e => e.Length(f)))).ToArray();
        var idf = terms.ToDictionary(t => t, t => Idf(entries.Count(e => e.Has(t)), entries.Count), StringComparer.Ordinal);

        var matches = new List<ActivityMatch>();
        foreach (var entry in entries)
        {
            double text = 0;
            var matched = new List<string>();
            foreach (var term in terms)
            {
                var termScore = 0.0;
                for (var f = 0; f < AnalysedActivity.Fields.Length; f++)
                {
                    var tf = entry.Frequency(f, term);
                    if (tf == 0) continue;
                    termScore += AnalysedActivity.Boosts[f] * idf[term] * (tf * (K1 + 1)) / (tf + (K1 * (1 - B + (B * entry.Length(f) / averages[f]))));
                }
                if (termScore <= 0) continue;
                text += termScore * (TextAnalysis.IsConcept(term) ? 1.5 : 1.0);
                matched.Add(term);
            }
            if (text <= 0) continue;
            var fit = ActivityFit.Of(entry.Document, query);
            matches.Add(new ActivityMatch(entry.Document.Id, entry.Document.Title, entry.Document.Kind, entry.Document.BuurthuisId,
                entry.Document.BuurthuisName, entry.Document.Slot, fit.DistanceKm, Math.Round(text * fit.Factor, 4),
                ActivityReasons.For(entry, fit, matched)));
        }
        return [.. matches.OrderByDescending(m => m.Score).ThenBy(m => m.DistanceKm ?? double.MaxValue).ThenBy(m => m.ActivityId).Take(Math.Max(0, query.Limit))];
    }

    /// <summary>Free search: the ids of activities whose words contain a term of the text, best first.</summary>
    public IReadOnlyList<Guid> Search(string text, int limit) =>
        [.. Find(new ActivityQuery(text, null, [], [], limit)).Select(m => m.ActivityId)];

    private static double Idf(int documentFrequency, int documents) =>
        Math.Log(1 + ((documents - documentFrequency + 0.5) / (documentFrequency + 0.5)));
}
