using System.Text.RegularExpressions;

namespace Bronbank.Domain.Validation;

/// <summary>
/// ISO 639 language codes: two letters (639-1) or three (639-2/3, e.g. <c>zgh</c> Tamazight, <c>pap</c>), and
/// their Dutch names from <c>Resources/languages.txt</c>.
/// </summary>
public static partial class LanguageCodes
{
    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex CodePattern();

    public static bool IsValid(string? code) => code is not null && CodePattern().IsMatch(code.Trim().ToLowerInvariant());

    public static IReadOnlyList<string> Normalize(IEnumerable<string?> codes) =>
        [.. codes.OfType<string>().Select(c => c.Trim().ToLowerInvariant()).Distinct()];

    private static readonly (string Code, string Name, bool Offered)[] Listed = [.. ReadList()];

    /// <summary>The languages the forms offer, in their order (<c>Resources/languages.txt</c>, <c>[forms]</c>).</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Offered = [.. Listed.Where(l => l.Offered).Select(l => (l.Code, l.Name))];

    /// <summary>The Dutch name of every listed code (case-insensitive): the one list the pages and the matcher read.</summary>
    public static readonly IReadOnlyDictionary<string, string> DutchNames =
        Listed.ToDictionary(l => l.Code, l => l.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The Dutch name of a code, or null when the list does not have it.</summary>
    public static string? DutchName(string code) => DutchNames.GetValueOrDefault(code.Trim());

    private static IEnumerable<(string, string, bool)> ReadList()
    {
        using var stream = typeof(LanguageCodes).Assembly.GetManifestResourceStream("Bronbank.Domain.Validation.Resources.languages.txt")
            ?? throw new InvalidOperationException("languages.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var offered = false;
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith('[')) { offered = line == "[forms]"; continue; }
            var space = line.IndexOf(' ');
            yield return (line[..space], line[(space + 1)..].Trim(), offered);
        }
    }
}
