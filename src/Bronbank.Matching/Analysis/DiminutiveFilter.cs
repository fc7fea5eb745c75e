using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bronbank.Matching.Analysis;

/// <summary>
/// Strips Dutch diminutive endings ("tochtjes" → "tocht", "klusje" → "klus", "mobieltje" → "mobiel"),
/// which Snowball leaves alone, as long as a real stem of four letters or more remains. Words that are
/// only themselves as a diminutive ("ommetje") keep their ending.
/// </summary>
internal sealed class DiminutiveFilter : TokenFilter
{
    private static readonly string[] Endings = ["etjes", "etje", "tjes", "tje", "pjes", "pje", "jes", "je"];
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public DiminutiveFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (_keyword.IsKeyword) return true;
        if (Stem(_term.ToString()) is { } stem) _term.SetEmpty().Append(stem);
        return true;
    }

    /// <summary>
    /// The word without its diminutive ending, or null when it has none. Where two cuts fit, the one that leaves a
    /// word the dictionary knows wins: "straatje" is a "straat" + "je", not a "straa" + "tje", and "diaatje" a
    /// "dia" (a vowel at the end is written double before "-tje"); otherwise the longest ending, as before.
    /// </summary>
    internal static string? Stem(string word)
    {
        string? first = null;
        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length < 4 || !word.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = word[..^ending.Length];
            if (!DutchMorphology.DiminutiveFits(stem, ending)) continue;
            if (DutchMorphology.IsWord(stem)) return stem;
            if (stem.Length >= 3 && stem[^1] == stem[^2] && "aou".Contains(stem[^1], StringComparison.Ordinal) && DutchMorphology.IsWord(stem[..^1])) return stem[..^1];
            first ??= stem;
        }
        return first;
    }
}
