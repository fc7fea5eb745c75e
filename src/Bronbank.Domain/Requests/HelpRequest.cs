namespace Bronbank.Domain.Requests;

/// <summary>
/// A resident's hulpvraag (help request) as a coordinator typed it. It names no resident: the
/// <see cref="ResidentRef"/> is an opaque reference only the coordinator can resolve.
/// </summary>
public sealed class HelpRequest : IVersioned
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string Question { get; set; } = "";
    public string Neighbourhood { get; set; } = "";
    public List<string> Availability { get; set; } = [];
    public List<string> Languages { get; set; } = ["nl"];
    public string? ResidentRef { get; set; }
    public RequestStatus Status { get; set; } = RequestStatus.Open;
    /// <summary>The signal (vroegsignalering) this request was made from, if any.</summary>
    public Guid? SignalId { get; set; }

    /// <summary>The theme the question falls under (geld en schulden, vervoer, ...); kept when retention removes the text.</summary>
    public string? Theme { get; set; }
    /// <summary>A person set the theme by hand; the classifier no longer changes it when the text is edited.</summary>
    public bool ThemeCorrected { get; set; }
    /// <summary>When retention removed the free text; the request still counts in the figures.</summary>
    public DateTimeOffset? RedactedAt { get; set; }

    /// <summary>Where the request came from (inloopspreekuur, huisarts, ...); null for older requests.</summary>
    public RequestSource? Source { get; set; }
    /// <summary>The coordinator who handles it (a user id, shown by name); the one who recorded it by default.</summary>
    public string? OwnerId { get; set; }
    /// <summary>How it was closed by hand, and when; null while open or when its matches closed it.</summary>
    public RequestClosure? Closure { get; set; }
    public string? ClosureNote { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public void Apply(HelpRequestDraft draft)
    {
        Question = draft.Question!;
        Neighbourhood = draft.Neighbourhood!;
        Availability = [.. draft.Availability!.OfType<string>()];
        Languages = [.. draft.Languages!.OfType<string>()];
        ResidentRef = draft.ResidentRef;
        Status = RequestStatuses.Parse(draft.Status) ?? Status;
        Source = Validation.WireNames.Parse<RequestSource>(draft.Source) ?? Source;
        OwnerId = draft.Owner ?? OwnerId;
    }

    public void Close(RequestClosure closure, string? note, DateTimeOffset at)
    {
        Status = RequestStatus.Closed;
        Closure = closure;
        ClosureNote = note;
        ClosedAt = at;
    }

    /// <summary>Opens a closed request again; its status then follows its open matches, if it has any.</summary>
    public void Reopen(RequestStatus byMatches)
    {
        Status = byMatches == RequestStatus.Closed ? RequestStatus.Open : byMatches;
        Closure = null;
        ClosureNote = null;
        ClosedAt = null;
    }
}
