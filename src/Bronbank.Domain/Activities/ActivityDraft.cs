using Bronbank.Domain.Validation;

namespace Bronbank.Domain.Activities;

/// <summary>What a client sends to create or replace an activity; every field nullable so a missing one is named.</summary>
public sealed record ActivityDraft
{
    public string? Title { get; init; }
    /// <summary><c>activiteit</c> or <c>spreekuur</c>.</summary>
    public string? Kind { get; init; }
    /// <summary>Who runs it: the own team or a partner (Buurtteam, sociaal raadslieden, bibliotheek, ...).</summary>
    public string? Organisation { get; init; }
    public Guid? BuurthuisId { get; init; }
    public ScheduleInput? Schedule { get; init; }
    /// <summary>Ouderen, mantelzorgers, nieuwkomers, jongeren, ouders, mensen met geldzorgen, ...</summary>
    public IReadOnlyList<string?>? TargetGroups { get; init; }
    public string? Description { get; init; }
    /// <summary>Absent means Dutch.</summary>
    public IReadOnlyList<string?>? Languages { get; init; }
    public string? Contact { get; init; }

    /// <summary>Every rule that needs no database; the buurthuis' existence is checked by the caller.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new ErrorBag();
        errors.Text("title", Title, required: true, 200);
        if (string.IsNullOrWhiteSpace(Kind)) errors.Add("kind", "Required.");
        else if (WireNames.Parse<ActivityKind>(Kind) is null) errors.Add("kind", $"One of {WireNames.Choices<ActivityKind>()}.");
        errors.Text("organisation", Organisation, required: true, 200);
        if (BuurthuisId is null || BuurthuisId == Guid.Empty) errors.Add("buurthuisId", "Required: the id of a registered buurthuis.");
        if (Schedule is null) errors.Add("schedule", "Required.");
        else Schedule.Validate(errors, "schedule");
        errors.Phrases("targetGroups", TargetGroups, 20, 100);
        errors.Text("description", Description, required: false, 2000);
        if (Languages is not null) errors.Languages("languages", Languages, allowEmpty: false);
        errors.Text("contact", Contact, required: false, 300);
        return errors.ToDictionary();
    }
}
