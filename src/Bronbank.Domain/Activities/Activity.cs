namespace Bronbank.Domain.Activities;

public enum ActivityKind
{
    Activiteit,
    Spreekuur,
}

/// <summary>
/// A building block (bouwblok) of what a neighbourhood offers: an activity or a spreekuur in a buurthuis,
/// run by the team or a partner organisation, on a schedule, for some target groups.
/// </summary>
public sealed class Activity : IVersioned
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string Title { get; set; } = "";
    public ActivityKind Kind { get; set; }
    public string Organisation { get; set; } = "";
    public Guid BuurthuisId { get; set; }
    public Schedule Schedule { get; set; } = null!;
    public List<string> TargetGroups { get; set; } = [];
    public string? Description { get; set; }
    public List<string> Languages { get; set; } = ["nl"];
    public string? Contact { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public void Apply(ActivityDraft draft)
    {
        Title = draft.Title!.Trim();
        Kind = Validation.WireNames.Parse<ActivityKind>(draft.Kind)!.Value;
        Organisation = draft.Organisation!.Trim();
        BuurthuisId = draft.BuurthuisId!.Value;
        Schedule = draft.Schedule!.ToSchedule();
        TargetGroups = [.. Validation.ErrorBag.CleanPhrases(draft.TargetGroups ?? []).Select(g => g.ToLowerInvariant())];
        Description = Validation.ErrorBag.NullIfBlank(draft.Description);
        Languages = draft.Languages is null ? ["nl"] : [.. Validation.LanguageCodes.Normalize(draft.Languages)];
        Contact = Validation.ErrorBag.NullIfBlank(draft.Contact);
    }
}
