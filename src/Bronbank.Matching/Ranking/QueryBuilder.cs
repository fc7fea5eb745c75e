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
                .Max(f => reader.DocFreq(new Term(f.Item1, w.Term)) is var df and > 0 ? f.Item2 * TermScores.Idf(df, documents) : 0)))
            .Where(x => x.Value > 0)
            .OrderByDescending(x => x.Value).ThenBy(x => x.w.Term, StringComparer.Ordinal)
            .Take(MaxTerms)
            .Select(x => x.w);
    }
}
