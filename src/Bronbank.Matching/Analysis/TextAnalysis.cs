using Lucene.Net.Analysis.TokenAttributes;

namespace Bronbank.Matching.Analysis;

/// <summary>Runs text through <see cref="DutchMatchAnalyzer"/> and returns its terms.</summary>
public static class TextAnalysis
{
    public static IReadOnlyList<string> Terms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var terms = new List<string>();
        using var stream = DutchMatchAnalyzer.Instance.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    /// <summary>
    /// Builds the analyzer in the background — the OpenTaal dictionary and the concept map, about two seconds of
    /// CPU — so that a process calling this first thing has it ready by the time its index opens.
    /// </summary>
    public static Task Preload() => Task.Run(() => Terms("bronbank"));

    public static bool IsConcept(string term) => term.StartsWith(DutchMatchAnalyzer.ConceptPrefix, StringComparison.Ordinal);

    public static bool IsDomain(string term) => term.StartsWith(DutchMatchAnalyzer.DomainPrefix, StringComparison.Ordinal);
}
