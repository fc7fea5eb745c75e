using Bronbank.Domain.Areas;
using Bronbank.Domain.Validation;

namespace Bronbank.Domain.Requests;

/// <summary>What a coordinator sends to create or replace a help request; nullable so missing fields are named.</summary>
public sealed record HelpRequestDraft : IDraft<HelpRequestDraft>
{
    public const int MaxQuestionLength = 2000;

    public string? Question { get; init; }
    public string? Neighbourhood { get; init; }
    /// <summary>When the resident can; empty means flexible.</summary>
    public IReadOnlyList<string?>? Availability { get; init; }
    public IReadOnlyList<string?>? Languages { get; init; }
    public string? ResidentRef { get; init; }
    public string? Status { get; init; }
    /// <summary>Where the request came from: one of <see cref="RequestSource"/>'s wire names.</summary>
    public string? Source { get; init; }
    /// <summary>The id of the coordinator who handles it; absent keeps the current owner (the creator for a new request).</summary>
    public string? Owner { get; init; }

    public Dictionary<string, string[]> Validate(AreaCatalog areas)
    {
        var errors = new ErrorBag();
        errors.Text("question", Question, required: true, MaxQuestionLength);
        errors.Text("neighbourhood", Neighbourhood, required: true, 100);
        if (!string.IsNullOrWhiteSpace(Neighbourhood)) errors.KnownArea("neighbourhood", Neighbourhood, areas);
        errors.DayParts("availability", Availability);
        if (Languages is not null) errors.Languages("languages", Languages, allowEmpty: false);
        errors.Text("residentRef", ResidentRef, required: false, 100);
        if (Status is not null && RequestStatuses.Parse(Status) is null)
            errors.Add("status", "Must be one of open, proposed, matched, closed.");
        if (!string.IsNullOrWhiteSpace(Source) && Validation.WireNames.Parse<RequestSource>(Source) is null)
            errors.Add("source", $"Must be one of {WireNames.Choices<RequestSource>()}.");
        if (!string.IsNullOrWhiteSpace(Owner) && !Guid.TryParse(Owner, out _)) errors.Add("owner", "Must be the id of a coordinator.");
        return errors.ToDictionary();
    }

    public HelpRequestDraft Normalize(AreaCatalog areas) => this with
    {
        Question = Question!.Trim(),
        Neighbourhood = areas.Find(Neighbourhood)?.Name ?? Neighbourhood!.Trim(),
        Availability = DayParts.Normalize(Availability ?? []),
        Languages = Languages is null ? ["nl"] : LanguageCodes.Normalize(Languages),
        ResidentRef = ErrorBag.NullIfBlank(ResidentRef),
        Source = ErrorBag.NullIfBlank(Source),
        Owner = string.IsNullOrWhiteSpace(Owner) ? null : Guid.Parse(Owner).ToString(),
    };
}
