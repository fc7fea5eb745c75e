using System.Text.RegularExpressions;

namespace Bronbank.Domain.Validation;

/// <summary>ISO 639 language codes: two letters (639-1) or three (639-2/3, e.g. <c>zgh</c> Tamazight, <c>pap</c>).</summary>
public static partial class LanguageCodes
{
    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex CodePattern();

    public static bool IsValid(string? code) => code is not null && CodePattern().IsMatch(code.Trim().ToLowerInvariant());

    public static IReadOnlyList<string> Normalize(IEnumerable<string?> codes) =>
        [.. codes.OfType<string>().Select(c => c.Trim().ToLowerInvariant()).Distinct()];
}
