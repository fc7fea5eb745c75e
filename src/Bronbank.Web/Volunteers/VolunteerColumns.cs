using Bronbank.Domain.Volunteers;

namespace Bronbank.Web.Volunteers;

/// <summary>
/// The spreadsheet layout for import and export: one row per volunteer, a header row with these names,
/// several values in one cell separated by ";" (passions, talents, availability, languages).
/// </summary>
public static class VolunteerColumns
{
    public static readonly string[] All =
        ["externalKey", "name", "neighbourhood", "buurthuis", "passions", "talents", "about", "availability", "languages", "maxMatches", "active", "email", "phone", "consentMatching", "consentBoards"];

    /// <summary>The Dutch headers offices use, each for one of <see cref="All"/> (compared without case, spaces, dashes or underscores).</summary>
    private static readonly Dictionary<string, string> DutchNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["naam"] = "name", ["volledigenaam"] = "name", ["buurt"] = "neighbourhood", ["wijk"] = "neighbourhood", ["woonwijk"] = "neighbourhood",
        ["passies"] = "passions", ["passie"] = "passions", ["hobbys"] = "passions", ["talenten"] = "talents", ["talent"] = "talents",
        ["over"] = "about", ["overmij"] = "about", ["toelichting"] = "about", ["omschrijving"] = "about",
        ["dagdelen"] = "availability", ["beschikbaarheid"] = "availability", ["beschikbaar"] = "availability",
        ["talen"] = "languages", ["taal"] = "languages", ["maxkoppelingen"] = "maxMatches", ["koppelingen"] = "maxMatches", ["koppelingentegelijk"] = "maxMatches",
        ["actief"] = "active", ["email"] = "email", ["emailadres"] = "email", ["mail"] = "email",
        ["telefoon"] = "phone", ["telefoonnummer"] = "phone", ["tel"] = "phone", ["mobiel"] = "phone",
        ["sleutel"] = "externalKey", ["kenmerk"] = "externalKey", ["externid"] = "externalKey", ["nummer"] = "externalKey", ["id"] = "externalKey",
        ["toestemmingkoppelen"] = "consentMatching", ["toestemmingkoppeling"] = "consentMatching", ["toestemmingbestuur"] = "consentBoards",
    };

    /// <summary>The column a header names, in the API's name or a Dutch one; null when unknown.</summary>
    public static string? Resolve(string header)
    {
        var plain = header.Trim();
        if (All.FirstOrDefault(a => a.Equals(plain, StringComparison.OrdinalIgnoreCase)) is { } api) return api;
        var squeezed = new string([.. plain.Where(char.IsLetterOrDigit)]).Replace("'", "", StringComparison.Ordinal);
        return All.FirstOrDefault(a => a.Equals(squeezed, StringComparison.OrdinalIgnoreCase)) ?? DutchNames.GetValueOrDefault(squeezed);
    }

    public static readonly string[] WithoutContact = [.. All.Where(c => c is not "email" and not "phone")];

    public static IReadOnlyList<string> Row(Volunteer v, IReadOnlyList<string> columns) => [.. columns.Select(c => c switch
    {
        "externalKey" => v.ExternalKey ?? v.Id.ToString(),
        "name" => v.Name,
        "neighbourhood" => v.Neighbourhood,
        "buurthuis" => v.Buurthuis ?? "",
        "passions" => string.Join(";", v.Passions),
        "talents" => string.Join(";", v.Talents),
        "about" => v.About ?? "",
        "availability" => string.Join(";", v.Availability),
        "languages" => string.Join(";", v.Languages),
        "maxMatches" => v.MaxMatches.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "active" => v.Active ? "true" : "false",
        "email" => v.Email ?? "",
        "phone" => v.Phone ?? "",
        "consentMatching" => v.Consent?.Matching == true ? "true" : "false",
        "consentBoards" => v.Consent?.Boards == true ? "true" : "false",
        _ => "",
    })];

    /// <summary>A data row as a draft; <paramref name="problems"/> names cells that are not of the right kind.</summary>
    /// <param name="separators">What separates several values in one cell: ";" in a comma file, also "," in a semicolon file.</param>
    public static VolunteerDraft Draft(IReadOnlyDictionary<string, string> cells, List<string> problems, char[]? separators = null)
    {
        string? Text(string column) => cells.TryGetValue(column, out var v) && v.Trim().Length > 0 ? v.Trim() : null;
        List<string?>? Many(string column) => Text(column) is { } v ? [.. v.Split(separators ?? [';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : null;
        bool? Flag(string column)
        {
            var value = Text(column)?.ToLowerInvariant();
            if (value is null) return null;
            if (value is "true" or "ja" or "1" or "yes") return true;
            if (value is "false" or "nee" or "0" or "no") return false;
            problems.Add($"{column}: '{value}' is not true/false (ja/nee).");
            return null;
        }
        int? Number(string column)
        {
            if (Text(column) is not { } value) return null;
            if (int.TryParse(value, out var n)) return n;
            problems.Add($"{column}: '{value}' is not a whole number.");
            return null;
        }
        return new VolunteerDraft
        {
            ExternalKey = Text("externalKey"), Name = Text("name"), Neighbourhood = Text("neighbourhood"), Buurthuis = Text("buurthuis"),
            Passions = Many("passions"), Talents = Many("talents"), About = Text("about"), Availability = Many("availability"),
            Languages = Many("languages")?.Select(l => Infrastructure.Pages.DutchWords.LanguageCode(l!)).ToList(), MaxMatches = Number("maxMatches"), Active = Flag("active"), Email = Text("email"), Phone = Text("phone"),
            Consent = new ConsentInput(Flag("consentMatching"), Flag("consentBoards")),
        };
    }
}
