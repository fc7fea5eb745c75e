namespace Bronbank.Matching.Ranking;

/// <summary>Dutch names of the languages spoken in Dutch neighbourhoods, for reasons people read.</summary>
internal static class LanguageNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nl"] = "Nederlands", ["en"] = "Engels", ["ar"] = "Arabisch", ["zgh"] = "Tamazight", ["ber"] = "Berbers", ["tr"] = "Turks",
        ["pl"] = "Pools", ["so"] = "Somalisch", ["ti"] = "Tigrinya", ["am"] = "Amhaars", ["uk"] = "Oekraïens", ["ru"] = "Russisch",
        ["fa"] = "Perzisch", ["prs"] = "Dari", ["ps"] = "Pasjtoe", ["ku"] = "Koerdisch", ["pap"] = "Papiaments", ["srn"] = "Sranantongo",
        ["fr"] = "Frans", ["de"] = "Duits", ["es"] = "Spaans", ["pt"] = "Portugees", ["it"] = "Italiaans", ["ro"] = "Roemeens",
        ["bg"] = "Bulgaars", ["hu"] = "Hongaars", ["zh"] = "Chinees", ["hi"] = "Hindi", ["ur"] = "Urdu", ["bs"] = "Bosnisch",
        ["hr"] = "Kroatisch", ["sr"] = "Servisch", ["sq"] = "Albanees", ["el"] = "Grieks", ["vi"] = "Vietnamees", ["fy"] = "Fries",
    };

    private static readonly Dictionary<string, string> Codes = Names.ToDictionary(n => n.Value.ToLowerInvariant(), n => n.Key, StringComparer.OrdinalIgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex Named = Analysis.WordLists.WholeWords(Names.Values);

    public static string Of(string code) => Names.TryGetValue(code, out var name) ? name : code;

    /// <summary>
    /// "spreekt Portugees en een beetje Nederlands": a language named within a few words after a verb of
    /// speaking says what the resident speaks. Elsewhere ("wil beter Nederlands leren") it may be the ask.
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex Speaks = new(
        @"\b(spreekt|spreken|spreek|praat|praten|verstaat|verstaan)\b(\W+\w+){1,6}", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>The language names the text says the resident speaks, as written.</summary>
    public static List<string> Spoken(string text) =>
        [.. Speaks.Matches(text).SelectMany(m => Named.Matches(m.Value)).Select(m => m.Value)];

    /// <summary>The codes of the languages the text says the resident speaks (→ pt, nl).</summary>
    public static HashSet<string> Mentioned(string text) => Spoken(text).Select(n => Codes[n]).ToHashSet(StringComparer.Ordinal);

    /// <summary>The text without the language names it says the resident speaks.</summary>
    public static string Remove(string text) => Speaks.Replace(text, m => Named.Replace(m.Value, " "));
}
