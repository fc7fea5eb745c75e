namespace Bronbank.Web.Signals;

/// <summary>
/// A worry about a resident who did not ask for help (vroegsignalering): what kind, where, who follows it
/// up and when. It holds as little as possible: an internal reference instead of a name, and short notes
/// that retention removes once the signal has been closed long enough; the kind and area stay for counts.
/// </summary>
public sealed class Signal
{
    public Guid Id { get; set; }
    public string Kind { get; set; } = "";
    public string Area { get; set; } = "";
    public string? ResidentRef { get; set; }
    public string? Note { get; set; }
    public Guid Owner { get; set; }
    public DateOnly FollowUpOn { get; set; }
    public List<SignalNote> Notes { get; set; } = [];
    public string? Outcome { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    /// <summary>The help request this signal became, if it did.</summary>
    public Guid? RequestId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    /// <summary>When retention removed the note, the notes and the resident reference.</summary>
    public DateTimeOffset? RedactedAt { get; set; }

    public bool IsOpen => ClosedAt is null;

    public bool IsDue(DateOnly today) => IsOpen && FollowUpOn <= today;
}

public sealed record SignalNote(DateTimeOffset At, string By, string? Text);

public static class SignalKinds
{
    public static readonly IReadOnlyList<string> All = ["eenzaamheid", "geldzorgen", "mantelzorg overbelast", "gezondheid", "veiligheid thuis", "anders"];
}

public static class SignalOutcomes
{
    public const string RequestMade = "hulpvraag gemaakt";

    public static readonly IReadOnlyList<string> All = ["contact gelegd", "doorverwezen", RequestMade, "geen actie nodig"];
}
