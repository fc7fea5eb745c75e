using System.Collections.Concurrent;
using Bronbank.Matching.Analysis;
using Bronbank.Matching.Indexing;
using Lucene.Net.Search;

namespace Bronbank.Matching.Ranking;

/// <summary>
/// Free search of the pool ("schaken Zuilen"): the same analysis and reasons, exact filters, active
/// volunteers with consent only. A word that names an area lifts volunteers who live there; a word cut short or
/// typed wrong is read as the pool's words it stands for.
/// </summary>
internal static class PoolSearcher
{
    private const float AreaBoost = 2.0f;

    public static IReadOnlyList<Candidate> Search(IndexSearcher searcher, ConcurrentDictionary<Guid, IndexedVolunteer> volunteers, PoolSearch search)
    {
        var dayBit = search.DayPart is null ? -1 : DayPartMask.BitOf(search.DayPart);
        bool Accept(IndexedVolunteer v) =>
            v.Document.Active && v.Document.ConsentMatching
            && (search.Neighbourhood is null || string.Equals(v.Document.Neighbourhood, search.Neighbourhood, StringComparison.OrdinalIgnoreCase))
            && (search.Buurthuis is null || string.Equals(v.Document.Buurthuis, search.Buurthuis, StringComparison.OrdinalIgnoreCase))
            && (search.Language is null || v.Languages.Contains(search.Language.ToLowerInvariant()))
            && (dayBit < 0 || (v.AvailabilityMask & (1 << dayBit)) != 0);

        var limit = Math.Clamp(search.Limit, 1, 50);
        var typed = TextAnalysis.Terms(search.Text).Take(256).ToHashSet(StringComparer.Ordinal);
        // A word cut short or typed wrong ("wasmach", "schaakn") is read as the pool's words, as for a help request.
        var read = Shorthand.Completed(new NeedProfile(typed, typed.ToDictionary(t => t, _ => 1f, StringComparer.Ordinal), [], 0), search.Text ?? "", searcher.IndexReader);
        var terms = read.Terms;
        var none = new HashSet<string>();
        var clauses = QueryBuilder.ForTerms(searcher.IndexReader, terms, AreaBoost, read.Weights);
        if (clauses.Count == 0)
        {
            return volunteers.Values.Where(Accept).OrderBy(v => v.Document.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), true))
                .Take(limit).Select(v => ToCandidate(v, 0, none)).ToList();
        }
        var hits = TermScores.Collect(searcher, clauses, volunteers, Accept, limit);
        return hits.Select(h => ToCandidate(h.Volunteer, h.Score, terms)).ToList();
    }

    private static Candidate ToCandidate(IndexedVolunteer v, float score, HashSet<string> terms) =>
        new(v.Document.Id, v.Document.Name, v.Document.Neighbourhood, Math.Round(score, 4), ReasonWriter.For(v, terms, null, []));
}
