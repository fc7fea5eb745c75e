using Bronbank.Domain.Areas;
using Bronbank.Domain.Validation;

namespace Bronbank.Domain.Volunteers;

/// <summary>
/// What a client sends to create or replace a profile. Every field is nullable so that a missing
/// field is reported by name instead of failing deserialisation as a whole.
/// </summary>
public sealed record VolunteerDraft : IDraft<VolunteerDraft>
{
    public const int MaxNameLength = 200;
    public const int MaxAboutLength = 2000;
    public const int MaxPhraseLength = 200;
    public const int MaxPhrases = 50;

    public string? Name { get; init; }
    public string? Neighbourhood { get; init; }
    public string? Buurthuis { get; init; }
    public IReadOnlyList<string?>? Passions { get; init; }
    public IReadOnlyList<string?>? Talents { get; init; }
    public string? About { get; init; }
    public IReadOnlyList<string?>? Availability { get; init; }
    /// <summary>Absent means Dutch only.</summary>
    public IReadOnlyList<string?>? Languages { get; init; }
    public int? MaxMatches { get; init; }
    public bool? Active { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? ExternalKey { get; init; }

    /// <summary>Conditions and support needs from the intake.</summary>
    public string? Conditions { get; init; }
    /// <summary>Paused until this date (not including it); absent or a date that has come means not paused.</summary>
    public DateOnly? PausedUntil { get; init; }
    public DateOnly? IntakeOn { get; init; }
    public string? IntakeBy { get; init; }

    /// <summary>Consent for matching and for the buurthuis board; absent means not given.</summary>
    public ConsentInput? Consent { get; init; }

    /// <summary>Checks every rule and returns the problems by (camelCase) field; empty when valid.</summary>
    public Dictionary<string, string[]> Validate(AreaCatalog areas)
    {
        var errors = new ErrorBag();
        errors.Text("name", Name, required: true, MaxNameLength);
        if (!string.IsNullOrWhiteSpace(Neighbourhood)) errors.KnownArea("neighbourhood", Neighbourhood, areas);
        errors.Text("neighbourhood", Neighbourhood, required: true, 100);
        errors.Text("buurthuis", Buurthuis, required: false, 200);
        errors.Phrases("passions", Passions, MaxPhrases, MaxPhraseLength);
        errors.Phrases("talents", Talents, MaxPhrases, MaxPhraseLength);
        if ((Passions ?? []).Concat(Talents ?? []).All(string.IsNullOrWhiteSpace))
            errors.Add("passions", "At least one passion or talent is required.");
        errors.Text("about", About, required: false, MaxAboutLength);
        errors.DayParts("availability", Availability);
        if (Languages is not null) errors.Languages("languages", Languages, allowEmpty: false);
        if (MaxMatches is < 1 or > 10) errors.Add("maxMatches", "Must be between 1 and 10.");
        if (Email is not null && !ContactDetails.IsValidEmail(Email.Trim()))
            errors.Add("email", "Not a valid e-mail address.");
        if (Phone is not null && !ContactDetails.IsValidPhone(Phone.Trim()))
            errors.Add("phone", "Not a valid phone number (8 to 15 digits, e.g. 06-12345678).");
        errors.Text("externalKey", ExternalKey, required: false, 100);
        errors.Text("conditions", Conditions, required: false, MaxAboutLength);
        errors.Text("intakeBy", IntakeBy, required: false, MaxNameLength);
        return errors.ToDictionary();
    }

    /// <summary>Trims text, drops empty phrases, fills defaults and puts codes in canonical form. Call after validation.</summary>
    public VolunteerDraft Normalize(AreaCatalog areas) => this with
    {
        Name = Name!.Trim(),
        Neighbourhood = areas.Find(Neighbourhood)?.Name ?? Neighbourhood!.Trim(),
        Buurthuis = ErrorBag.NullIfBlank(Buurthuis),
        Passions = ErrorBag.CleanPhrases(Passions ?? []),
        Talents = ErrorBag.CleanPhrases(Talents ?? []),
        About = ErrorBag.NullIfBlank(About),
        Availability = Validation.DayParts.Normalize(Availability ?? []),
        Languages = Languages is null ? ["nl"] : LanguageCodes.Normalize(Languages!),
        MaxMatches = MaxMatches ?? 1,
        Active = Active ?? true,
        Email = ErrorBag.NullIfBlank(Email),
        Phone = ErrorBag.NullIfBlank(Phone),
        ExternalKey = ErrorBag.NullIfBlank(ExternalKey),
        Conditions = ErrorBag.NullIfBlank(Conditions),
        IntakeBy = ErrorBag.NullIfBlank(IntakeBy),
    };

    /// <summary>A pause date that has come is no pause.</summary>
    public VolunteerDraft WithPauseFrom(DateOnly today) => PausedUntil is { } until && until <= today ? this with { PausedUntil = null } : this;
}
