namespace Bronbank.Domain.Validation;

/// <summary>
/// Day-parts (dagdelen) are tokens like <c>di-ochtend</c>: a Dutch weekday abbreviation and a part of the day.
/// </summary>
public static class DayParts
{
    public static readonly IReadOnlyList<string> Days = ["ma", "di", "wo", "do", "vr", "za", "zo"];
    public static readonly IReadOnlyList<string> Parts = ["ochtend", "middag", "avond"];

    public static readonly IReadOnlyList<string> All =
        [.. Days.SelectMany(day => Parts.Select(part => $"{day}-{part}"))];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsValid(string? token) => token is not null && Known.Contains(token);

    /// <summary>Lower-cases, trims and de-duplicates while keeping the canonical week order.</summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<string?> tokens)
    {
        var set = tokens.OfType<string>().Select(t => t.Trim().ToLowerInvariant()).ToHashSet();
        return [.. All.Where(set.Contains)];
    }
}
