using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bronbank.Matching.Analysis;

/// <summary>
/// Replaces each word by its dictionary base form and stacks a compound's parts at the same position
/// (see <see cref="DutchMorphology"/>); words marked as keywords by a stem override pass unchanged.
/// </summary>
internal sealed class MorphologyFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private readonly IPositionIncrementAttribute _increment;
    private string[] _pending = [];
    private int _next;
    private State? _state;

    public MorphologyFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next < _pending.Length)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_pending[_next++]);
            _increment.PositionIncrement = 0;
            _keyword.IsKeyword = false;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        if (_keyword.IsKeyword) return true;
        var forms = DutchMorphology.Analyse(_term.ToString());
        _term.SetEmpty().Append(forms[0]);
        _pending = forms;
        _next = 1;
        if (forms.Length > 1) _state = CaptureState();
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = [];
        _next = 0;
        _state = null;
    }
}
