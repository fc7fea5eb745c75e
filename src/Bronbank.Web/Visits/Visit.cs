namespace Bronbank.Web.Visits;

/// <summary>
/// One walk-in visit at an inloopspreekuur: which themes came up, where the visitor was sent and how it
/// ended. It holds nothing that names the visitor; the free text is short and meant without names.
/// </summary>
public sealed class Visit
{
    public Guid Id { get; set; }
    public DateOnly Date { get; set; }
    public string Area { get; set; } = "";
    /// <summary>The spreekuur (an activity) the visit was logged at, when one is registered.</summary>
    public Guid? ActivityId { get; set; }
    public List<string> Themes { get; set; } = [];
    public string? Question { get; set; }
    public List<string> ReferredTo { get; set; } = [];
    public string Outcome { get; set; } = "";
    /// <summary>The help request the visit became, if any.</summary>
    public Guid? RequestId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    /// <summary>The user id of the social worker who logged it, so they can undo their own last visit.</summary>
    public string RecordedBy { get; set; } = "";
}

/// <summary>How a visit ended; the wire values are the Dutch words people at the spreekuur use.</summary>
public static class VisitOutcomes
{
    public const string Helped = "geholpen";
    public const string Referred = "doorverwezen";
    public const string Request = "hulpvraag voor vrijwilliger";
    public const string ComeBack = "terugkomen";

    public static readonly IReadOnlyList<string> All = [Helped, Referred, Request, ComeBack];
}
