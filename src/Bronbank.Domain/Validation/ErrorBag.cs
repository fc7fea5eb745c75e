using Bronbank.Domain.Areas;

namespace Bronbank.Domain.Validation;

/// <summary>Collects validation problems by field, in the shape RFC 9457 validation problems use.</summary>
public sealed class ErrorBag
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    /// <summary>A bag with one problem, for a handler that checks a single field.</summary>
    public static ErrorBag Of(string field, string message)
    {
        var bag = new ErrorBag();
        bag.Add(field, message);
        return bag;
    }

    /// <summary>Problems collected elsewhere (a draft's <c>Validate</c>), added by field.</summary>
    public void AddAll(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
            foreach (var message in messages) Add(field, message);
    }

    public void Text(string field, string? value, bool required, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, "Required.");
            return;
        }
        if (value.Length > maxLength) Add(field, $"At most {maxLength} characters (got {value.Length}).");
        if (value.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
            Add(field, "Control characters are not allowed.");
    }

    public void Phrases(string field, IReadOnlyList<string?>? phrases, int maxCount, int maxLength)
    {
        if (phrases is null) return;
        if (phrases.Count > maxCount) Add(field, $"At most {maxCount} entries (got {phrases.Count}).");
        for (var i = 0; i < phrases.Count && i < maxCount; i++)
        {
            Text($"{field}[{i}]", phrases[i] ?? "", required: false, maxLength);
        }
    }

    public void DayParts(string field, IReadOnlyList<string?>? tokens)
    {
        if (tokens is null) return;
        if (tokens.Count > Validation.DayParts.All.Count * 2) Add(field, "Too many day-parts.");
        foreach (var token in tokens.Take(50))
        {
            if (!Validation.DayParts.IsValid(token?.Trim().ToLowerInvariant()))
                Add(field, $"'{Shorten(token)}' is not a day-part; use ma|di|wo|do|vr|za|zo + -ochtend|-middag|-avond, e.g. di-ochtend.");
        }
    }

    public void Languages(string field, IReadOnlyList<string?>? codes, bool allowEmpty)
    {
        if (codes is null || codes.Count == 0)
        {
            if (!allowEmpty) Add(field, "At least one language is required.");
            return;
        }
        if (codes.Count > 20) Add(field, "At most 20 languages.");
        foreach (var code in codes.Take(20))
        {
            if (!LanguageCodes.IsValid(code))
                Add(field, $"'{Shorten(code)}' is not an ISO 639 language code such as nl, ar or zgh.");
        }
    }

    /// <summary>The one reader of ids from the wire: a GUID other than the empty one. <see cref="Guid.Empty"/> when it is not.</summary>
    public Guid Id(string field, string? raw)
    {
        if (Guid.TryParse(raw, out var id) && id != Guid.Empty) return id;
        Add(field, string.IsNullOrWhiteSpace(raw) ? "Required." : $"'{Shorten(raw)}' is not a valid id (a GUID).");
        return Guid.Empty;
    }

    /// <summary>An id that may be left out: null when absent, checked like <see cref="Id"/> when given.</summary>
    public Guid? OptionalId(string field, string? raw) => raw is null ? null : Id(field, raw);

    /// <summary>The one check of an area a client names: the configured area, or null with <see cref="UnknownArea"/>. Null and no problem when none is named.</summary>
    public Area? KnownArea(string field, string? name, AreaCatalog areas)
    {
        if (name is null) return null;
        var area = areas.Find(name);
        if (area is null) Add(field, UnknownArea(name));
        return area;
    }

    public static string UnknownArea(string? name) => $"Unknown area '{Shorten(name)}'; use one of GET /api/v1/areas.";

    /// <summary>A wijk (a group of areas) a client names: its configured spelling, or null with a problem. Null and no problem when none is named.</summary>
    public string? KnownWijk(string field, string? name, AreaCatalog areas)
    {
        if (name is null) return null;
        var wijk = areas.All.Select(a => a.Wijk).FirstOrDefault(w => string.Equals(w, name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (wijk is null) Add(field, $"Unknown wijk '{Shorten(name)}'; use a wijk of GET /api/v1/areas.");
        return wijk;
    }

    public void Limit(int limit, int max)
    {
        if (limit < 1 || limit > max) Add("limit", LimitMessage(max));
    }

    public static string LimitMessage(int max) => $"Must be between 1 and {max}.";

    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static IReadOnlyList<string> CleanPhrases(IEnumerable<string?> phrases) =>
        [.. phrases.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>A value as a message quotes it: at most 40 characters.</summary>
    public static string Shorten(string? value) =>
        value is null ? "null" : value.Length <= 40 ? value : value[..40] + "…";
}
