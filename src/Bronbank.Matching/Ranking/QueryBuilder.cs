using Bronbank.Matching.Analysis;
using Bronbank.Matching.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bronbank.Matching.Ranking;

/// <summary>
/// Builds the weighted clauses from analysed terms — never through a query parser, so "?", "-", quotes,
/// AND and OR in a question are just text. Passions weigh most, then talents, then the "about" text.
/// </summary>
internal static class QueryBuilder
{
    public const float PassionBoost = 3.0f;
    public const float TalentBoost = 2.0f;
    public const float AboutBoost = 1.0f;

    /// <summary>A concept is a match on meaning: worth more than one shared word, which may mean something else.</summary>
    public const float ConceptBoost = 1.25f;

    /// <summary>A shared domain of the taxonomy says the topic is related, not the same: worth less than a shared word.</summary>
    public const float DomainBoost = 0.3f;

    private static float BoostOf(string term) => TextAnalysis.IsDomain(term) ? DomainBoost : TextAnalysis.IsConcept(term) ? ConceptBoost : 1f;

    /// <summary>
    /// At most this many words of a request take part in the search, the most telling ones: a long story
    /// ("mijn moeder woont sinds de dood van mijn vader alleen...") keeps its rare, specific words and drops
    /// the everyday ones, which nearly every profile shares and which would cost the most to score.
    /// </summary>
    public static int MaxTerms { get; set; } = 20;

    /// <summary>The weighted clauses for these analysed terms: each term in passions, talents and about, and in the area name when asked.</summary>
    public static List<Clause> ForTerms(IndexReader reader, IReadOnlyCollection<string> terms, float areaBoost = 0, IReadOnlyDictionary<string, float>? weights = null)
    {
        var clauses = new List<Clause>();
        if (terms.Count == 0) return clauses;
        foreach (var (term, weight) in MostTelling(reader, terms, weights))
        {
            clauses.Add(new Clause(IndexFields.Passion, term, PassionBoost * weight));
            clauses.Add(new Clause(IndexFields.Talent, term, TalentBoost * weight));
            clauses.Add(new Clause(IndexFields.About, term, AboutBoost * weight));
            if (areaBoost > 0) clauses.Add(new Clause(IndexFields.Area, term, areaBoost));
        }
        return clauses;
    }

    /// <summary>
    /// At most this many postings (a document for each clause's word in its field) one request reads, as long as
    /// <see cref="AlwaysKept"/> clauses remain: the ranking's cost is the postings it adds up, and without a bound it
    /// grows with the pool (at a million volunteers a request's words are in a million postings on average). The
    /// clauses left out are the ones that can add least — a common word or a broad domain in a long about text — and
    /// since a rare word's postings are short, only requests full of common words meet the bound. Measured at a million
    /// generated volunteers (bench --in-process): p99 30 → 9 ms, and the share of the top 10 made from the request's own
    /// theme 91.9 % without the bound, 92.0 % with it (300,000 cut p99 to 8 ms but cost two points: 89.9 %).
    /// </summary>
    public static long PostingsBudget { get; set; } = 600_000;

    /// <summary>The best clauses a request keeps whatever their postings cost: the bound must not leave it without its ask.</summary>
    public const int AlwaysKept = 6;

    /// <summary>
    /// The clauses that fit in <see cref="PostingsBudget"/>, most valuable first (boost × BM25 idf, the most a
    /// clause can add to one score). A small index never comes near it, and keeps every clause.
    /// </summary>
    public static List<Clause> WithinBudget(IndexReader reader, List<Clause> clauses, long? budget = null)
    {
        var limit = budget ?? PostingsBudget;
        if (clauses.Count <= AlwaysKept || (long)reader.MaxDoc * clauses.Count <= limit) return clauses;
        var documents = Math.Max(1, reader.NumDocs);
        var ranked = clauses
            .Select(c => (Clause: c, Postings: TermScores.DocFreq(reader, c.Field, c.Term)))
            .Where(x => x.Postings > 0)
            .OrderByDescending(x => x.Clause.Boost * TermScores.Idf(x.Postings, documents))
            .ThenBy(x => x.Clause.Field, StringComparer.Ordinal).ThenBy(x => x.Clause.Term, StringComparer.Ordinal)
            .ToList();
        var kept = new List<Clause>(ranked.Count);
        long used = 0;
        foreach (var (clause, postings) in ranked)
        {
            if (kept.Count >= AlwaysKept && used + postings > limit) continue;
            kept.Add(clause);
            used += postings;
        }
        return kept;
    }

    /// <summary>
    /// The terms ordered by what they can add to a score (boost × BM25 idf in the field where they count
    /// most), keeping the best <see cref="MaxTerms"/>. Words no profile contains add nothing and are left out.
    /// </summary>
    private static IEnumerable<(string Term, float Weight)> MostTelling(IndexReader reader, IReadOnlyCollection<string> terms, IReadOnlyDictionary<string, float>? given)
    {
        var weights = terms.Select(t => (Term: t, Weight: BoostOf(t) * (given?.GetValueOrDefault(t, 1f) ?? 1f))).ToList();
        if (weights.Count <= MaxTerms) return weights;
        var documents = Math.Max(1, reader.NumDocs);
        return weights
            .Select(w => (w, Value: w.Weight * new[] { (IndexFields.Passion, PassionBoost), (IndexFields.Talent, TalentBoost), (IndexFields.About, AboutBoost) }
                .Max(f => TermScores.DocFreq(reader, f.Item1, w.Term) is var df and > 0 ? f.Item2 * TermScores.Idf(df, documents) : 0)))
            .Where(x => x.Value > 0)
            .OrderByDescending(x => x.Value).ThenBy(x => x.w.Term, StringComparer.Ordinal)
            .Take(MaxTerms)
            .Select(x => x.w);
    }
}
