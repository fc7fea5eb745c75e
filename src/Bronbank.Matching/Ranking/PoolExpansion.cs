using Bronbank.Matching.Analysis;
using Bronbank.Matching.Indexing;
using Lucene.Net.Index;

namespace Bronbank.Matching.Ranking;

/// <summary>
/// Related words learned from the pool itself, as pseudo-relevance feedback (RM3, as in Anserini's BM25+RM3):
/// the volunteers who fit a request best name the same activity in more words across their passions and
/// talents ("klokken repareren, uurwerken"), so those words find the volunteers who wrote only the other one
/// ("uurwerken restaureren"). The thesaurus grows with the databank and follows every profile change, because
/// it is read from the index at each search. Expansion words weigh below the literal match, and the reasons
/// still quote only what a volunteer wrote.
/// </summary>
internal static class PoolExpansion
{
    /// <summary>How many of the best first-round volunteers lend their words.</summary>
    public const int FeedbackDocuments = 5;

    /// <summary>How many related words are added, at most.</summary>
    public const int Terms = 10;

    /// <summary>Words more volunteers use than this share (passions and talents, at least 20) are not borrowed.</summary>
    public const double MaxShare = 0.02;

    /// <summary>
    /// A volunteer the request's own words found with at least this share of the best score keeps its place; one below
    /// it matched only a stray word ("weduwe", "lang") and gains from the related words too, like one the request missed.
    /// Either is lifted at most to just below this share, never above a volunteer the request's own words found well.
    /// Measured on dev and blind1–5 (round eight, docs/matching.md): 0 (none lifted, as before) and 1 (all) each lost on
    /// some set; a half lost on none by more than 0.001.
    /// </summary>
    public const float SettledShare = 0.5f;

    /// <summary>What the strongest related word weighs against a word of the request.</summary>
    public const float Weight = 0.3f;

    /// <summary>
    /// The expansion clauses: P(w|R) = Σ_D P(w|D)·P(D|Q) over the feedback volunteers, with P(w|D) uniform over
    /// the distinct terms of D's passions and talents and P(D|Q) the first-round score share; terms the request
    /// already has, and broad taxonomy domains, are left out. Words every profile shares say nothing: a word is
    /// weighed by its idf, as in Lucene's own scoring.
    /// </summary>
    public static IReadOnlyList<Clause> Clauses(IndexReader reader, IReadOnlyList<(IndexedVolunteer Volunteer, float Score)> feedback, HashSet<string> requestTerms)
    {
        if (feedback.Count == 0) return [];
        var total = feedback.Sum(f => f.Score);
        if (total <= 0) return [];
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (volunteer, score) in feedback)
        {
            // Only the phrases that matched the request: the words a volunteer wrote beside a matching word name
            // the same activity; their other passions (walking, cooking) are another topic.
            var terms = volunteer.Phrases.Where(p => p.Terms.Overlaps(requestTerms)).SelectMany(p => p.Terms)
                .Where(t => !requestTerms.Contains(t) && !TextAnalysis.IsDomain(t)).ToHashSet(StringComparer.Ordinal);
            if (terms.Count == 0) continue;
            foreach (var term in terms) weights[term] = weights.GetValueOrDefault(term) + (score / total / terms.Count);
        }
        var documents = Math.Max(1, reader.NumDocs);
        var common = Math.Max(MaxShare * documents, 20);
        var ranked = weights
            .Select(w => (w.Key, w.Value, Df: DocFreq(reader, w.Key)))
            // A word a large share of the pool uses tells little and costs the most to score.
            .Where(w => w.Df > 0 && w.Df <= common)
            .Select(w => (w.Key, Value: w.Value * TermScores.Idf(Math.Min(w.Df, documents), documents)))
            .OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal)
            .Take(Terms)
            .ToList();
        if (ranked.Count == 0) return [];
        var strongest = ranked[0].Value;
        return [.. ranked.SelectMany(w => Fields(w.Key, Weight * w.Value / strongest))];
    }

    private static int DocFreq(IndexReader reader, string term) =>
        TermScores.DocFreq(reader, IndexFields.Passion, term) + TermScores.DocFreq(reader, IndexFields.Talent, term);

    // Passions and talents only: the words come from there, and the about text's postings are the longest.
    private static IEnumerable<Clause> Fields(string term, float weight) =>
    [
        new(IndexFields.Passion, term, QueryBuilder.PassionBoost * weight),
        new(IndexFields.Talent, term, QueryBuilder.TalentBoost * weight),
    ];
}
