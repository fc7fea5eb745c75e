using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Bronbank.Domain.Areas;
using Bronbank.Domain.Validation;
using Bronbank.Web.Visits;

namespace Bronbank.Web.Signals;

/// <summary>A new signal. Fields beyond these are refused, fields naming a resident first of all.</summary>
public sealed partial record SignalDraft
{
    public const int MaxNoteLength = 500;

    public string? Kind { get; init; }
    public string? Area { get; init; }
    public string? ResidentRef { get; init; }
    public string? Note { get; init; }
    public Guid? Owner { get; init; }
    public DateOnly? FollowUpOn { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; init; }

    public Dictionary<string, string[]> Validate(AreaCatalog areas, DateOnly today)
    {
        var errors = new ErrorBag();
        foreach (var field in Unknown?.Keys ?? Enumerable.Empty<string>())
            errors.Add(field, PersonalFields.IsPersonal(field)
                ? "A signal records no resident's name, address, birth date or contact details; use residentRef, an internal reference."
                : "Unknown field; a signal has kind, area, residentRef, note, owner and followUpOn.");
        if (string.IsNullOrWhiteSpace(Kind)) errors.Add("kind", "Required.");
        else if (!SignalKinds.All.Contains(Kind.Trim())) errors.Add("kind", $"Must be one of: {string.Join(", ", SignalKinds.All)}.");
        errors.Text("area", Area, required: true, 100);
        if (!string.IsNullOrWhiteSpace(Area)) errors.KnownArea("area", Area, areas);
        ResidentReference(errors, ResidentRef);
        errors.Text("note", Note, required: false, MaxNoteLength);
        if (Owner is null || Owner == Guid.Empty) errors.Add("owner", "Required: the id of a staff member or coordinator.");
        if (FollowUpOn is null) errors.Add("followUpOn", "Required: the date to follow up on.");
        else if (FollowUpOn < today.AddDays(-7) || FollowUpOn > today.AddYears(1)) errors.Add("followUpOn", "Must lie between a week ago and a year from now.");
        return errors.ToDictionary();
    }

    /// <summary>
    /// A reference such as <c>BT-2026-014</c>: letters, digits and separators, with at least one digit and no
    /// spaces, so that a name ("Jan de Vries", "Jansen") cannot be stored in its place.
    /// </summary>
    public static void ResidentReference(ErrorBag errors, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        if (value.Length > 40 || !Reference().IsMatch(value.Trim()))
            errors.Add("residentRef", "An internal reference such as BT-2026-014 (letters, digits, - _ / ., at least one digit, no spaces), never a name.");
    }

    [GeneratedRegex("^(?=.*[0-9])[A-Za-z0-9][A-Za-z0-9_./-]*$")]
    private static partial Regex Reference();
}

public sealed record SignalNoteBody(string? Text)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new ErrorBag();
        errors.Text("text", Text, required: true, SignalDraft.MaxNoteLength);
        return errors.ToDictionary();
    }
}

public sealed record SignalCloseBody(string? Outcome)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new ErrorBag();
        if (string.IsNullOrWhiteSpace(Outcome)) errors.Add("outcome", "Required.");
        else if (!SignalOutcomes.All.Contains(Outcome.Trim())) errors.Add("outcome", $"Must be one of: {string.Join(", ", SignalOutcomes.All)}.");
        return errors.ToDictionary();
    }
}

/// <summary>What turning a signal into a help request adds to it: the question and when the resident can.</summary>
public sealed record SignalRequestBody(string? Question, IReadOnlyList<string?>? Availability, IReadOnlyList<string?>? Languages);
