using Bronbank.Matching.Analysis;
using Bronbank.Matching.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bronbank.Matching.Ranking;

/// <summary>
/// Builds the Lucene query from analysed terms — never through a query parser, so "?", "-", quotes,
/// AND and OR in a question are just text. Passions weigh most, then talents, then the "about" text.
/// </summary>
internal static class QueryBuilder
{
    public const float PassionBoost = 3.0f;
    public const float TalentBoost = 2.0f;
    public const float AboutBoost = 1.0f;

    /// <summary>A concept is a match on meaning: worth more than one shared word, which may mean something else.</summary>
    public const float ConceptBoost = 1.5f;

    public static Query? ForTerms(IReadOnlyCollection<string> terms, float areaBoost = 0)
    {
        if (terms.Count == 0) return null;
        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            var weight = TextAnalysis.IsConcept(term) ? ConceptBoost : 1f;
            query.Add(Clause(IndexFields.Passion, term, PassionBoost * weight), Occur.SHOULD);
            query.Add(Clause(IndexFields.Talent, term, TalentBoost * weight), Occur.SHOULD);
            query.Add(Clause(IndexFields.About, term, AboutBoost * weight), Occur.SHOULD);
            if (areaBoost > 0) query.Add(Clause(IndexFields.Area, term, areaBoost), Occur.SHOULD);
        }
        return query;
    }

    private static TermQuery Clause(string field, string term, float boost) => new(new Term(field, term)) { Boost = boost };
}
