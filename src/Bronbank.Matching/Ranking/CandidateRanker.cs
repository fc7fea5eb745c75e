using System.Collections.Concurrent;
using Bronbank.Matching.Indexing;
using Lucene.Net.Search;

namespace Bronbank.Matching.Ranking;

/// <summary>
/// Ranks volunteers for a help request: hard rules first (active, consent, a shared language, free
/// capacity), then text relevance, then practical fit as a factor on the relevance, then reasons.
/// </summary>
internal static class CandidateRanker
{
    /// <summary>How many text matches are reranked on practical fit; enough that a far-better fit nearby is never cut.</summary>
    private const int Rerank = 400;

    private static readonly StringComparer DutchNames = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);

    public static IReadOnlyList<Candidate> Rank(IndexSearcher searcher, ConcurrentDictionary<Guid, IndexedVolunteer> volunteers, CandidateQuery query)
    {
        var need = NeedProfile.Of(query.Text, term => TermScores.DocFreq(searcher.IndexReader, IndexFields.Area, term) > 0);
        need = Shorthand.Completed(need, query.Text, searcher.IndexReader);
        var clauses = QueryBuilder.WithinBudget(searcher.IndexReader, QueryBuilder.ForTerms(searcher.IndexReader, need.Terms, weights: need.Weights));
        if (clauses.Count == 0) return [];

        // Languages named in the text ("spreekt Portugees") are the rule when the request gives none.
        var languages = query.Languages.Count > 0 ? query.Languages.Select(l => l.ToLowerInvariant()).ToHashSet() : need.MentionedLanguages;
        var languageMask = LanguageBits.Of(languages);
        var hits = TermScores.Collect(searcher, clauses, volunteers,
            v => v.CanBeCandidate && (languages.Count == 0 || v.SharesLanguage(languageMask, languages)), Rerank,
            feedback => PoolExpansion.Clauses(searcher.IndexReader, feedback, need.Terms), PoolExpansion.FeedbackDocuments);
        if (hits.Count == 0) return [];

        var own = PracticalFit.OwnLanguages(languages);
        var best = hits.Max(h => h.Score);
        var requestMask = DayPartMask.Of(query.Availability);
        return hits
            .Select(h => (h.Volunteer, Text: h.Score / best, Fit: PracticalFit.Of(h.Volunteer, query, requestMask, need, own)))
            .Select(x => (x.Volunteer, x.Fit, Score: x.Text * x.Fit.Factor))
            .OrderByDescending(x => x.Score)
            // A full tie is settled the same way every time, by name and then by id, never by chance.
            .ThenBy(x => x.Volunteer.Document.Name, DutchNames)
            .ThenBy(x => x.Volunteer.Document.Id)
            .Take(Math.Clamp(query.Limit, 1, 50))
            .Select(x => new Candidate(x.Volunteer.Document.Id, x.Volunteer.Document.Name, x.Volunteer.Document.Neighbourhood, Math.Round(x.Score, 4),
                ReasonWriter.For(x.Volunteer, need.Terms, x.Fit, languages)))
            .ToList();
    }
}
