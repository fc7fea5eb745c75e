namespace Bronbank.Domain.Volunteers;

/// <summary>
/// A volunteer profile as staff record it after an intake: what the person loves to do (passions),
/// what they are good at (talents), and the practical side (area, day-parts, languages, capacity).
/// </summary>
public sealed class Volunteer : IVersioned
{
    public Guid Id { get; set; }

    /// <summary>Optimistic-concurrency revision, maintained by the document store.</summary>
    public int Version { get; set; }

    public string Name { get; set; } = "";
    public string Neighbourhood { get; set; } = "";
    public string? Buurthuis { get; set; }
    public List<string> Passions { get; set; } = [];
    public List<string> Talents { get; set; } = [];
    public string? About { get; set; }
    public List<string> Availability { get; set; } = [];
    public List<string> Languages { get; set; } = ["nl"];
    public int MaxMatches { get; set; } = 1;
    public bool Active { get; set; } = true;
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>A stable key from an outside system (spreadsheet import, generator), unique when present.</summary>
    public string? ExternalKey { get; set; }

    /// <summary>The consent in force; <see cref="ConsentHistory"/> keeps every earlier choice, oldest first.</summary>
    public ConsentRecord? Consent { get; set; }

    public List<ConsentRecord> ConsentHistory { get; set; } = [];

    /// <summary>Conditions and support needs from the intake ("wil alleen overdag", "begeleiding bij de eerste keer").</summary>
    public string? Conditions { get; set; }

    /// <summary>Paused until (not including) this date: not proposed meanwhile, and available again from it. Pausing is not stopping.</summary>
    public DateOnly? PausedUntil { get; set; }

    /// <summary>When the intake took place and who did it (a name, as the staff member wrote it).</summary>
    public DateOnly? IntakeOn { get; set; }
    public string? IntakeBy { get; set; }

    public bool IsPaused => PausedUntil is not null;

    public bool MayBeMatched => Active && !IsPaused && Consent?.Matching == true;

    /// <summary>Set by retention when a stopped volunteer has been kept long enough to be reviewed.</summary>
    public DateTimeOffset? ReviewRequestedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Copies a validated, normalised draft onto this profile.</summary>
    public void Apply(VolunteerDraft draft)
    {
        Name = draft.Name!;
        Neighbourhood = draft.Neighbourhood!;
        Buurthuis = draft.Buurthuis;
        Passions = [.. draft.Passions!.OfType<string>()];
        Talents = [.. draft.Talents!.OfType<string>()];
        About = draft.About;
        Availability = [.. draft.Availability!.OfType<string>()];
        Languages = [.. draft.Languages!.OfType<string>()];
        MaxMatches = draft.MaxMatches!.Value;
        Active = draft.Active!.Value;
        Email = draft.Email;
        Phone = draft.Phone;
        ExternalKey = draft.ExternalKey ?? ExternalKey;
        Conditions = draft.Conditions;
        PausedUntil = draft.PausedUntil;
        IntakeOn = draft.IntakeOn ?? IntakeOn;
        IntakeBy = draft.IntakeBy ?? IntakeBy;
    }

    /// <summary>A pause whose date has come ends: the volunteer is available again.</summary>
    public bool EndPauseIfDue(DateOnly today)
    {
        if (PausedUntil is not { } until || until > today) return false;
        PausedUntil = null;
        return true;
    }

    /// <summary>Records the consent choices when they differ from the ones in force.</summary>
    public void RecordConsent(ConsentInput? input, DateTimeOffset at, string by)
    {
        if (Consent is not null && Consent.SameChoicesAs(input)) return;
        Consent = new ConsentRecord(input?.Matching ?? false, input?.Boards ?? false, at, by);
        ConsentHistory.Add(Consent);
    }
}
