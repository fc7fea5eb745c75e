using System.Text.Json;
using System.Text.Json.Serialization;
using Bronbank.Domain.Areas;
using Bronbank.Domain.Validation;
using Bronbank.Matching.Themes;

namespace Bronbank.Web.Visits;

/// <summary>What the spreekuur sends for one visit. Any field not listed here is refused, fields naming a person first of all.</summary>
public sealed record VisitDraft
{
    public const int MaxQuestionLength = 500;

    public DateOnly? Date { get; init; }
    public string? Area { get; init; }
    public Guid? ActivityId { get; init; }
    public IReadOnlyList<string?>? Themes { get; init; }
    public string? Question { get; init; }
    public IReadOnlyList<string?>? ReferredTo { get; init; }
    public string? Outcome { get; init; }
    public Guid? RequestId { get; init; }

    /// <summary>Fields the client sent that a visit does not have; collected so that they are refused, not silently dropped.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; init; }

    public Dictionary<string, string[]> Validate(AreaCatalog areas, IReadOnlyList<string> referrals, DateOnly today)
    {
        var errors = new ErrorBag();
        foreach (var field in Unknown?.Keys ?? Enumerable.Empty<string>())
            errors.Add(field, PersonalFields.IsPersonal(field)
                ? "A visit records no visitor's name, address, birth date or contact details; leave this field out."
                : "Unknown field; a visit has date, area, activityId, themes, question, referredTo, outcome and requestId.");
        if (Date is { } date && (date > today || date < today.AddYears(-2)))
            errors.Add("date", "Must be today or a day in the last two years.");
        // A visit at a registered spreekuur takes its area from the spreekuur's buurthuis.
        errors.Text("area", Area, required: ActivityId is null, 100);
        if (!string.IsNullOrWhiteSpace(Area)) errors.KnownArea("area", Area, areas);
        if (ActivityId == Guid.Empty) errors.Add("activityId", "Not a valid id.");
        if (Themes is null || Themes.Count == 0) errors.Add("themes", "At least one theme.");
        else Choices(errors, "themes", Themes, ThemeClassifier.All);
        errors.Text("question", Question, required: false, MaxQuestionLength);
        if (ReferredTo is not null) Choices(errors, "referredTo", ReferredTo, referrals);
        if (string.IsNullOrWhiteSpace(Outcome)) errors.Add("outcome", "Required.");
        else if (!VisitOutcomes.All.Contains(Outcome.Trim())) errors.Add("outcome", $"Must be one of: {string.Join(", ", VisitOutcomes.All)}.");
        if (RequestId == Guid.Empty) errors.Add("requestId", "Not a valid id.");
        return errors.ToDictionary();
    }

    private static void Choices(ErrorBag errors, string field, IReadOnlyList<string?> values, IReadOnlyList<string> allowed)
    {
        if (values.Count > allowed.Count) errors.Add(field, $"At most {allowed.Count} entries.");
        foreach (var value in values.Take(allowed.Count))
            if (value is null || !allowed.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase))
                errors.Add(field, $"'{ErrorBag.Shorten(value)}' is not one of: {string.Join(", ", allowed)}.");
    }

    public static IReadOnlyList<string> Canonical(IEnumerable<string?> values, IReadOnlyList<string> allowed) =>
        [.. allowed.Where(a => values.Any(v => string.Equals(v?.Trim(), a, StringComparison.OrdinalIgnoreCase)))];
}

/// <summary>Field names that would carry who a visitor or resident is; named in the refusal so the client knows why.</summary>
public static class PersonalFields
{
    private static readonly string[] Parts =
    [
        "name", "naam", "address", "adres", "street", "straat", "postcode", "postal", "zip", "birth", "geboorte", "dob", "age", "leeftijd",
        "bsn", "phone", "telefoon", "mobile", "email", "mail", "house", "huisnummer", "woonplaats", "city",
    ];

    public static bool IsPersonal(string field) =>
        Parts.Any(p => field.Contains(p, StringComparison.OrdinalIgnoreCase));
}
