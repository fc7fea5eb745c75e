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

    /// <summary>The language names said after a verb of speaking, as written, whether the resident speaks them or not.</summary>
    public static List<string> SaidSpoken(string text) =>
        [.. Speaks.Matches(text).SelectMany(m => Named.Matches(m.Value)).Select(m => m.Value)];

    /// <summary>
    /// The codes of the languages the text says the resident speaks (→ pt, nl). A language the resident does not or
    /// hardly speaks ("spreekt geen Nederlands", "Arabisch, nauwelijks Nederlands", "heel weinig Nederlands") is no
    /// language to help in; "een beetje Nederlands" is.
    /// </summary>
    public static HashSet<string> Mentioned(string text) =>
        Speaks.Matches(text).SelectMany(m => Named.Matches(m.Value).Where(n => !Negated(m.Value[..n.Index])))
            .Select(n => Codes[n.Value]).ToHashSet(StringComparer.Ordinal);

    private static readonly System.Text.RegularExpressions.Regex NotSpoken = new(
        @"\b(geen|nauwelijks|amper|weinig)\W*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>Whether the words just before a language name say the resident does not speak it.</summary>
    private static bool Negated(string before) => NotSpoken.IsMatch(before);

    /// <summary>The text without the language names it says the resident speaks.</summary>
    public static string Remove(string text) => Speaks.Replace(text, m => Named.Replace(m.Value, " "));
}
