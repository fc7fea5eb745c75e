using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bronbank.Matching.Analysis;

/// <summary>
/// Snowball leaves a doubled final consonant after removing a plural or verb ending ("boodschappen" →
/// "boodschapp", "klussen" → "kluss"); the singular has one ("boodschap", "klus"). Undoubling makes them meet.
/// </summary>
internal sealed class UndoubleFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public UndoubleFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var length = _term.Length;
        if (length >= 4)
        {
            var buffer = _term.Buffer;
            var last = buffer[length - 1];
            if (last == buffer[length - 2] && char.IsLetter(last) && !"aeiou".Contains(last, StringComparison.Ordinal)) _term.SetLength(length - 1);
        }
        return true;
    }
}
