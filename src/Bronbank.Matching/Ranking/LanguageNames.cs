using Bronbank.Domain.Validation;

namespace Bronbank.Matching.Ranking;

/// <summary>Languages by their Dutch names: in the reasons people read, and as the resident's languages a request mentions.</summary>
internal static class LanguageNames
{
    /// <summary>The one list of names (<c>Bronbank.Domain/Validation/Resources/languages.txt</c>), also what the pages show.</summary>
    private static readonly IReadOnlyDictionary<string, string> Names = LanguageCodes.DutchNames;

    private static readonly Dictionary<string, string> Codes = Names.ToDictionary(n => n.Value.ToLowerInvariant(), n => n.Key, StringComparer.OrdinalIgnoreCase);
    private static readonly System.Text.RegularExpressions.Regex Named = Analysis.WordLists.WholeWords(Names.Values);

    public static string Of(string code) => LanguageCodes.DutchName(code) ?? code;

    /// <summary>
    /// "spreekt Portugees en een beetje Nederlands": a language named within a few words after a verb of
    /// speaking says what the resident speaks. Elsewhere ("wil beter Nederlands leren") it may be the ask.
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex Speaks = new(
        @"\b(spreekt|spreken|spreek|praat|praten|verstaat|verstaan)\b(\W+\w+){1,6}", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>
    /// The language names said after a verb of speaking, as written, each with whether the resident does not or hardly
    /// speaks it ("spreekt geen Nederlands", "Arabisch, nauwelijks Nederlands"; "een beetje Nederlands" is spoken).
    /// </summary>
    public static List<(string Name, bool NotSpoken)> Said(string text) =>
        [.. Speaks.Matches(text).SelectMany(m => Named.Matches(m.Value).Select(n => (n.Value, Negated(m.Value[..n.Index]))))];

    /// <summary>The codes of the languages the resident speaks, of those <see cref="Said"/> found (→ pt, nl): only those are languages to help in.</summary>
    public static HashSet<string> Mentioned(IEnumerable<(string Name, bool NotSpoken)> said) =>
        said.Where(l => !l.NotSpoken).Select(l => Codes[l.Name]).ToHashSet(StringComparer.Ordinal);

    private static readonly System.Text.RegularExpressions.Regex NotSpoken = new(
        @"\b(geen|nauwelijks|amper|weinig)\W*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>Whether the words just before a language name say the resident does not speak it.</summary>
    private static bool Negated(string before) => NotSpoken.IsMatch(before);

    /// <summary>The text without the language names it says the resident speaks.</summary>
    public static string Remove(string text) => Speaks.Replace(text, m => Named.Replace(m.Value, " "));
}
