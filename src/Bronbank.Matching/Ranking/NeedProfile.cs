using System.Text.RegularExpressions;
using Bronbank.Matching.Analysis;

namespace Bronbank.Matching.Ranking;

/// <summary>
/// What the ranking needs to know of a request beyond its words: which words are the ask (the activity or
/// object the help is about) and which describe the resident (age, situation, origin, the languages they
/// speak); which languages the text names; and whether the need can be met from a distance.
/// </summary>
internal sealed record NeedProfile(HashSet<string> Terms, IReadOnlyDictionary<string, float> Weights, HashSet<string> MentionedLanguages, double RemoteFit)
{
    /// <summary>What a word that only describes the resident counts for, against a word of the ask.</summary>
    public const float ContextWeight = 0.25f;

    // Needs that are usually met well by phone or online: paperwork, money, job applications, practising a
    // language, writing. Everything else (lifts, walks, shopping, odd jobs, care...) is mainly in person.
    private static readonly string[] RemoteFriendly = ["_administratie", "_geld", "_werk_zoeken", "_taal", "_schrijven", "_telefoon_contact"];

    /// <summary>What words said only before the coordinator names the ask ("... Zoekt iemand die ...") count for.</summary>
    public const float PreambleWeight = 0.5f;

    // How a coordinator says "this is the ask": the sentence with such words and those after it are the ask,
    // the story told before them describes the resident.
    private static readonly Regex AskSaid = new(
        @"\b(zoek(t|en)? (iemand|een vrijwilliger|een maatje|hulp)|vraag(t|en)? (om|hulp|naar)|hulpvraag|de vraag is|waar (hij|zij|ze|het) (nu )?(echt )?mee zit|(heeft|hebben) hulp nodig|wie kan|wie helpt|kan iemand|is er iemand|of er iemand)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex RemoteSaid = WordLists.WholeWords(WordLists.RemoteInRequest);
    private static readonly Regex ContextSaid = WordLists.WholeWords(WordLists.Context);

    // Where the trouble is, not what it is: "boven de eettafel", "onder het aanrecht", "naast de voordeur". ("In" and
    // "bij" are left alone: "hulp in de tuin" and "hulp bij de boodschappen" name the ask.)
    private static readonly Regex PlaceSaid = new(@"\b(boven|onder|naast)\s+(de|het|een|zijn|haar|hun)\s+\w+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // What the resident can already do is who they are, not the ask: "kan prima mailen en internetbankieren, maar het
    // printen lukt niet", "heeft een laptop en kan mailen". Only a plain statement: "wie kan", "iemand die dat kan",
    // "zodat ze weer kan fietsen" and "wil kunnen beeldbellen" say what is wished, and "kan niet (meer)" what is not.
    private static readonly Regex AbleSaid = new(
        @"(?<!\b(die|wie|dat|zodat|om|hoe|iemand|er|wil|wilt|willen|zou|zouden|graag|te|weer)\s+(\p{L}+\s+)?)\b(kan|kunnen)\s+((prima|goed|al|best|redelijk|zelf|wel|heel|zelfstandig|uitstekend)\s+)*\p{L}+en((\s*,\s*|\s+(en|of)\s+)\p{L}+en)*\b(?!\s+(niet|geen))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Where the last sentence before <paramref name="before"/> ends, or -1: a full stop behind a title or an initial ("Mw.", "Dhr.", "A.") ends none.</summary>
    private static int LastSentenceEnd(string text, int before)
    {
        for (var i = Math.Min(before, text.Length) - 1; i >= 0; i--)
        {
            if (text[i] is '!' or '?' or ';') return i;
            if (text[i] != '.') continue;
            var start = i;
            while (start > 0 && char.IsLetter(text[start - 1])) start--;
            var word = text[start..i];
            if (word.Length > 1 && !Abbreviations.Contains(word)) return i;
        }
        return -1;
    }

    // Titles and abbreviations written with a full stop; a single letter (an initial) is never a sentence's end either.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase) { "mw", "mevr", "dhr", "hr", "mr", "dr", "ca", "bijv", "evt", "nr", "st" };

    /// <summary>The most words a lead-in to a colon has ("Waar ze nu van wakker ligt:").</summary>
    private const int MaxLeadIn = 6;

    // Where the resident comes from or the family lives: "gezin uit Syrië", "geboren in Paramaribo", "dochter woont in
    // Groningen", and a people's adjective before a person or household ("Spaans gezin", "Turkse achtergrond",
    // "Marokkaanse vrouw"). "Turkse les" and "Surinaams koken" are asks, and stay.
    private static readonly Regex FromSaid = new(@"\b(uit|geboren in|afkomstig uit|(woont|wonen|woonde|woonden) in)\s+\p{Lu}[\p{L}-]+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex PeopleSaid = new(
        @"\b(\p{L}+)\s+(" + string.Join('|', WordLists.People.Select(Regex.Escape)) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The text without what it says of where the resident comes from.</summary>
    private static string WithoutOrigin(string text) =>
        PeopleSaid.Replace(FromSaid.Replace(text, " "), m => DutchMorphology.IsPeopleAdjective(m.Groups[1].Value) ? " " : m.Value);

    private static readonly Regex ProperName = new(@"\b\p{Lu}[\p{L}-]*", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// The text without the areas it names ("gaat over naar een flat in de Regenboogbuurt", "woont in Paddepoel"): an
    /// area is where the help is, never what it is about, and its parts must not pose as topics ("-buurt", "Tuin-").
    /// An area is a capitalised word whose own term is in <paramref name="isArea"/> (the pool's area names, as analysed).
    /// </summary>
    private static string WithoutAreas(string text, Func<string, bool>? isArea) =>
        isArea is null ? text : ProperName.Replace(text, m => TextAnalysis.Terms(m.Value) is [var own, ..] && isArea(own) ? " " : m.Value);

    public static NeedProfile Of(string text, Func<string, bool>? isArea = null)
    {
        var terms = TextAnalysis.Terms(text).Take(256).ToHashSet(StringComparer.Ordinal);
        var said = LanguageNames.Said(text);
        var mentioned = LanguageNames.Mentioned(said);
        var languageTerms = said.Count == 0 ? [] : TextAnalysis.Terms(string.Join(' ', said.Select(l => l.Name))).ToHashSet(StringComparer.Ordinal);
        var withoutAreas = WithoutAreas(text, isArea);
        var areaTerms = string.Equals(withoutAreas, text, StringComparison.Ordinal) ? [] : terms.Except(TextAnalysis.Terms(withoutAreas), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var ask = TextAnalysis.Terms(PlaceSaid.Replace(ContextSaid.Replace(WithoutOrigin(LanguageNames.Remove(AbleSaid.Replace(MovingHouse.AsAsk(withoutAreas), " "))), " "), " ")).ToHashSet(StringComparer.Ordinal);
        // A move told in other words ("gaat over naar een flat") is read as the ask it names.
        terms.UnionWith(ask);
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            // Languages are a rule, never the topic; the rest of the resident's description counts a little,
            // unless it is all the request says.
            if (ask.Contains(term) || ask.Count == 0) weights[term] = 1f;
            else if (!languageTerms.Contains(term)) weights[term] = ContextWeight;
        }
        // When the ask names no activity ("mw. 83, weduwe, zit veel alleen thuis"), the resident's situation is the
        // need: the concepts it names (gezelschap, bezoek) count as the ask. Beside a named activity ("weduwe; het
        // rolluik klemt") they stay context.
        if (!ask.Any(IsActivity))
        {
            foreach (var term in weights.Keys.Where(t => TextAnalysis.IsConcept(t) && !areaTerms.Contains(t)).ToList()) weights[term] = 1f;
        }
        // A move told before the coordinator names the ask is part of the story, like any other word there.
        foreach (var term in Preamble(MovingHouse.AsAsk(text)))
        {
            if (weights.TryGetValue(term, out var weight)) weights[term] = Math.Min(weight, PreambleWeight);
        }
        var remoteFit = RemoteSaid.IsMatch(text) ? 1.0
            : RemoteFriendly.Any(ask.Contains) ? 0.85
            : 0.6;
        return new NeedProfile([.. weights.Keys], weights, mentioned, remoteFit);
    }

    /// <summary>A concept term that names an activity, not only the domain it belongs to.</summary>
    private static bool IsActivity(string term) => TextAnalysis.IsConcept(term) && !TextAnalysis.IsDomain(term);

    /// <summary>The terms that only the sentences before the one naming the ask yield; none when no sentence names it, or the first does.</summary>
    private static IEnumerable<string> Preamble(string text)
    {
        var ask = AskSaid.Match(text);
        if (!ask.Success) return ColonPreamble(text);
        var start = LastSentenceEnd(text, ask.Index) + 1;
        if (start <= 0 || string.IsNullOrWhiteSpace(text[..start])) return [];
        return OnlyBefore(text, start, start);
    }

    /// <summary>The terms of the text before <paramref name="end"/> that the text from <paramref name="askStart"/> on does not have.</summary>
    private static IEnumerable<string> OnlyBefore(string text, int end, int askStart)
    {
        var after = TextAnalysis.Terms(text[askStart..]).ToHashSet(StringComparer.Ordinal);
        return TextAnalysis.Terms(text[..end]).Where(t => !after.Contains(t)).Distinct();
    }

    /// <summary>
    /// A short lead-in and a colon after the story has begun introduce the ask ("... ze is veel alleen. Vraag nu: de
    /// fietsjes van de kinderen ..."): what is said only before it is the preamble. A colon in the first sentence is
    /// left alone ("Mw. (88) krijgt haar tuin niet meer bijgehouden: de heg groeit dicht" names the ask on both sides),
    /// and so is one behind a whole clause ("Ze vraagt of iemand naar de klok kan kijken: hij tikt niet meer").
    /// </summary>
    private static IEnumerable<string> ColonPreamble(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || LastSentenceEnd(text, colon) is var end && (end < 0 || string.IsNullOrWhiteSpace(text[..end]))) return [];
        if (text[(end + 1)..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxLeadIn) return [];
        return OnlyBefore(text, colon, colon + 1);
    }
}
