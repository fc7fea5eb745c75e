using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Bronbank.Matching.Analysis;

/// <summary>
/// Builds the synonym map of concepts. Each phrase of <c>concepts.txt</c> goes through the analysis
/// chain without concepts, so the rule holds the same stems the text will have; the rule keeps the
/// original tokens and adds the concept token at the same position.
/// </summary>
internal static class ConceptMap
{
    public static SynonymMap Build(Analyzer baseChain)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var (concept, phrases) in WordLists.Concepts) Add(builder, baseChain, phrases, DutchMatchAnalyzer.ConceptPrefix + concept);
        // An activity of the taxonomy is a concept; its domain a second, weaker one on the same words.
        foreach (var (activity, domain, phrases) in WordLists.Taxonomy)
            Add(builder, baseChain, phrases, DutchMatchAnalyzer.ConceptPrefix + activity, DutchMatchAnalyzer.DomainPrefix + domain);
        return builder.Build();
    }

    private static void Add(SynonymMap.Builder builder, Analyzer baseChain, string[] phrases, params string[] concepts)
    {
        foreach (var phrase in phrases)
        {
            var words = MainTokens(baseChain, phrase);
            // A phrase whose meaning rested on a stop word or a number ("zelf fietsen", "12-stappen") must not shrink
            // to a bare word ("fiets", "stap") that means something else on its own.
            var written = DutchMatchAnalyzer.Rewritten(phrase).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Length;
            if (words.Count == 0 || (written > 1 && words.Count < 2)) continue;
            var input = SynonymMap.Builder.Join(words.ToArray(), new CharsRef());
            foreach (var concept in concepts) builder.Add(input, new CharsRef(concept), includeOrig: true);
        }
    }

    /// <summary>The tokens that advance the position: stacked compound parts are left out of a rule.</summary>
    internal static List<string> MainTokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("rule", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0) tokens.Add(term.ToString());
        }
        stream.End();
        return tokens;
    }
}
