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
        var word = _term.ToString();
        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal)
                && DutchMorphology.DiminutiveFits(word[..^ending.Length], ending))
            {
                _term.SetLength(word.Length - ending.Length);
                break;
            }
        }
        return true;
    }
}
