using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Bronbank.Matching.Analysis;

/// <summary>
/// Dutch analysis for passions, talents and help requests, one pipeline for index and query alike:
/// fixed expressions written as one word ("op maat", "naar buiten", "in de knoop", hair's "haar") → words → lower case
/// → accents folded → stop words dropped → dictionary base forms and compound parts (OpenTaal Hunspell) → stem
/// overrides → diminutives stripped → Snowball Dutch → doubled consonants undone → concepts added (synonyms by meaning).
/// </summary>
public sealed class DutchMatchAnalyzer : Analyzer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Declared before Instance: static fields initialise in order, and building Instance analyses text.
    private static readonly StemmerOverrideFilter.StemmerOverrideMap StemOverrides = BuildStemOverrides();

    /// <summary>
    /// "haar" is a pronoun (a stop word) and hair: before a hair word ("haar knippen", "haar veel te lang")
    /// it is hair, written "haren" so it survives the stop words on both sides (the hair word is captured and written back).
    /// </summary>
    private static readonly Regex HairBeforeHairWord = new(
        @"\bhaar(\s+(?:is\s+|zit\s+)?(?:(?:veel|erg|te|zo|nogal|wat)\s+)*(?:lang|knippen|wassen|verven|föhnen|fohnen|kammen|vlechten|geknipt|gewassen|geverfd)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// "Op maat" (made to measure: "gordijnen op maat", "horren op maat maken") is one word for the analysis, so
    /// its "maat" is never a buddy (<c>maatje</c>, which a "taalmaatje"'s part "maat" must stay).
    /// </summary>
    private static readonly Regex MadeToMeasure = new(@"\bop[\s-]+maat\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// "Naar buiten" (getting out of the house) is one word for the analysis: its "naar" is a stop word, and a bare
    /// "buiten" only says where something is ("de buitenlamp", "aan de buitenkant").
    /// </summary>
    private static readonly Regex GoingOut = new(@"\bnaar[\s-]+buiten\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// "In de knoop" and "uit de knoop" (tangled up, untangled: "zit in de knoop met zijn post") are one word, the same
    /// for both, and never a button to sew on.
    /// </summary>
    private static readonly Regex Tangled = new(@"\b(in|uit)[\s-]+de[\s-]+knoop\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// A separable verb split by "te" ("de lamp op te hangen", "dozen in te pakken", "de kast leeg te halen", "het
    /// formulier in te vullen") is written whole again ("ophangen", "inpakken", "leeghalen", "invullen") when the
    /// OpenTaal dictionary knows the whole: its parts alone ("op", "hangen") lose what the verb means. "Om te" is the
    /// conjunction ("om te fietsen"), never a particle, and is left alone.
    /// </summary>
    private static readonly Regex SplitByTe = new(@"\b(\p{L}+)\s+te\s+(\p{L}+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static string JoinedVerb(Match m)
    {
        var particle = m.Groups[1].Value;
        if (particle.Equals("om", StringComparison.OrdinalIgnoreCase)) return m.Value;
        var whole = (particle + m.Groups[2].Value).ToLowerInvariant();
        return DutchMorphology.IsWord(whole) ? whole : m.Value;
    }

    private static readonly HashSet<string> NumberTypes = [StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM]];

    public static readonly DutchMatchAnalyzer Instance = new(withConcepts: true);

    /// <summary>The concept token prefix; no folded, stemmed Dutch word starts with it.</summary>
    public const string ConceptPrefix = "_";

    /// <summary>The prefix of a taxonomy domain token: a concept too, but a broad one ("related, not the same").</summary>
    public const string DomainPrefix = "_d_";

    private readonly SynonymMap? _concepts;

    private DutchMatchAnalyzer(bool withConcepts) => _concepts = withConcepts ? ConceptMap.Build(new DutchMatchAnalyzer(false)) : null;

    /// <summary>
    /// The text as the analysis reads it: its fixed expressions written as one word, "haar" before a hair word as
    /// "haren". A pattern runs only when its key word is in the text (most texts have none), and the texts are short,
    /// so the rewrite is done on the whole string; no offsets are kept, and none are used.
    /// </summary>
    internal static string Rewritten(string text)
    {
        if (text.Contains("haar", StringComparison.OrdinalIgnoreCase)) text = HairBeforeHairWord.Replace(text, "haren$1");
        if (text.Contains("maat", StringComparison.OrdinalIgnoreCase)) text = MadeToMeasure.Replace(text, "opmaat");
        if (text.Contains("buiten", StringComparison.OrdinalIgnoreCase)) text = GoingOut.Replace(text, "naarbuiten");
        if (text.Contains(" te ", StringComparison.OrdinalIgnoreCase)) text = SplitByTe.Replace(text, JoinedVerb);
        if (text.Contains("knoop", StringComparison.OrdinalIgnoreCase)) text = Tangled.Replace(text, "indeknoop");
        return text;
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => new StringReader(Rewritten(reader.ReadToEnd()));

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new ASCIIFoldingFilter(stream);
        // Numbers are ages, years, house numbers and counts ("mw. (74)", "twee keer"): never what the help is about.
        stream = new TypeTokenFilter(Version, stream, NumberTypes);
        // Stop words go before compounds are split, so a function word never yields a part ("moeten" → "eten").
        stream = new StopFilter(Version, stream, WordLists.StopWords);
        // Base forms and compound parts from the OpenTaal dictionary; then the overrides, on base forms and parts alike.
        // Overrides, then base forms and compound parts from the OpenTaal dictionary, then the overrides again
        // for what the dictionary made ("fietstocht" → part "fiets").
        stream = new StemmerOverrideFilter(stream, StemOverrides);
        stream = new MorphologyFilter(stream);
        stream = new StemmerOverrideFilter(stream, StemOverrides);
        stream = new DiminutiveFilter(stream);
        stream = new SnowballFilter(stream, new DutchStemmer());
        stream = new UndoubleFilter(stream);
        if (_concepts is not null) stream = new SynonymFilter(stream, _concepts, ignoreCase: false);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    private static StemmerOverrideFilter.StemmerOverrideMap BuildStemOverrides()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: true);
        foreach (var (stem, forms) in WordLists.Stems)
        {
            foreach (var form in forms) builder.Add(form, stem);
        }
        return builder.Build();
    }
}

/// <summary>
/// The analysis version: changes whenever the code or any word list changes, so an index made differently is
/// rebuilt. Apart from the analyzer: reading it must not build the analyzer (the Dutch dictionary
/// and the concept map take seconds of CPU), so an index can check its version and read its profiles meanwhile.
/// </summary>
internal static class AnalysisVersionOf
{
    public static readonly string Value = "dutch-match-20-" + WordLists.Fingerprint;
}
