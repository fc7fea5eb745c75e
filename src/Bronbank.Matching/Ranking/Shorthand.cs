using System.Text.RegularExpressions;
using Bronbank.Matching.Analysis;
using Bronbank.Matching.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Bronbank.Matching.Ranking;

/// <summary>
/// A busy coordinator cuts words short ("wasmach lekt", "hulp bij boodsch", "huiswerkbeg. wiskunde"). A request word
/// that no volunteer wrote, but that begins a few words the pool does have, is read as those words: "wasmach" as
/// the pool's "wasmachine". A word typed wrong ("wasmahcine", "behangd") that the dictionary cannot read, not even as a
/// compound, is read as the pool's words one letter off. The pool is the dictionary, so both follow whatever the
/// volunteers wrote.
/// </summary>
internal static class Shorthand
{
    /// <summary>A cut-off word has at least this many letters as analysed: shorter ones begin too many words.</summary>
    public const int MinLength = 4;

    /// <summary>A misspelt word has at least this many letters as analysed: one letter off a shorter word is another word.</summary>
    public const int MinMisspeltLength = 6;

    /// <summary>A word that begins more of the pool's words than this (or is one letter off from more) is too vague to stand for one of them.</summary>
    public const int MaxCompletions = 4;

    /// <summary>What a completion weighs against the word as the coordinator typed it.</summary>
    public const float Weight = 0.8f;

    private static readonly string[] TextFields = [IndexFields.Passion, IndexFields.Talent, IndexFields.About];

    /// <summary>
    /// The request's terms with the pool's words its cut-off words stand for, and those words' concepts, at
    /// <see cref="Weight"/> of the typed word. A word the pool has, or the dictionary knows, is left as it is.
    /// </summary>
    public static NeedProfile Completed(NeedProfile need, string text, IndexReader reader)
    {
        Dictionary<string, float>? weights = null;
        foreach (var (word, term) in CutOff(text))
        {
            if (!need.Weights.TryGetValue(term, out var weight) || InPool(reader, term)) continue;
            var completions = Completions(reader, term);
            if (completions.Count == 0 && term.Length >= MinMisspeltLength && DutchMorphology.Analyse(word.ToLowerInvariant()).Length == 1) completions = NearSpellings(reader, term);
            if (completions.Count is 0 or > MaxCompletions) continue;
            weights ??= new Dictionary<string, float>(need.Weights, StringComparer.Ordinal);
            var read = weight * Weight;
            foreach (var completion in completions)
            {
                // The pool's word and the concepts it names; its own compound parts ("was" of "wasmachine") are not what was typed.
                foreach (var added in TextAnalysis.Terms(completion).Where(TextAnalysis.IsConcept).Prepend(completion).Distinct(StringComparer.Ordinal))
                {
                    if (!weights.TryGetValue(added, out var had) || had < read) weights[added] = read;
                }
            }
        }
        return weights is null ? need : need with { Terms = [.. weights.Keys], Weights = weights };
    }

    private static readonly Regex Word = new(@"\p{L}+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// The terms of the text's words that the dictionary does not know: a word it knows ("wand", "plaat") is no
    /// cut-off word, and neither is a name ("Jansen", "Afghan", "Philips"): a coordinator cuts short what is written small.
    /// </summary>
    private static IEnumerable<(string Word, string Term)> CutOff(string text) =>
        Word.Matches(text).Select(m => m.Value)
            .Where(w => w.Length >= MinLength && !char.IsUpper(w[0]) && !DutchMorphology.IsWord(w))
            .Select(w => (Word: w, Term: TextAnalysis.Terms(w) is [var first, ..] ? first : ""))
            .Where(t => t.Term.Length >= MinLength && !TextAnalysis.IsConcept(t.Term))
            .DistinctBy(t => t.Term, StringComparer.Ordinal);

    private static bool InPool(IndexReader reader, string term) =>
        TextFields.Any(field => TermScores.DocFreq(reader, field, term) > 0);

    /// <summary>The pool's words one edit (a letter added, dropped, changed or two swapped) from <paramref name="word"/>, keeping its first letter.</summary>
    private static HashSet<string> NearSpellings(IndexReader reader, string word) =>
        PoolWords(reader, (field, terms) => OneEditFrom(terms, field, word));

    /// <summary>The pool's words that begin with <paramref name="prefix"/> and are longer.</summary>
    private static HashSet<string> Completions(IndexReader reader, string prefix) =>
        PoolWords(reader, (_, terms) => Prefixed(terms, prefix).Where(t => t.Length > prefix.Length));

    /// <summary>The words (no concepts) that <paramref name="words"/> finds in the text fields, at most one more than <see cref="MaxCompletions"/>.</summary>
    private static HashSet<string> PoolWords(IndexReader reader, Func<string, Terms, IEnumerable<string>> words)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in TextFields)
        {
            if (MultiFields.GetTerms(reader, field) is not { } terms) continue;
            foreach (var word in words(field, terms).Where(w => !TextAnalysis.IsConcept(w)))
            {
                found.Add(word);
                if (found.Count > MaxCompletions) return found;
            }
        }
        return found;
    }

    private static IEnumerable<string> Prefixed(Terms terms, string prefix)
    {
        var e = terms.GetEnumerator();
        if (e.SeekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) yield break;
        do
        {
            var text = e.Term.Utf8ToString();
            if (!text.StartsWith(prefix, StringComparison.Ordinal)) yield break;
            yield return text;
        }
        while (e.MoveNext());
    }

    private static IEnumerable<string> OneEditFrom(Terms terms, string field, string word)
    {
        var e = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, word), 1f, 1, true);
        while (e.MoveNext()) yield return e.Term.Utf8ToString();
    }
}
