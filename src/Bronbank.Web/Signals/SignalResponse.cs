namespace Bronbank.Web.Signals;

public sealed record SignalNoteResponse(DateTimeOffset At, string? Text);

public sealed record SignalResponse(
    Guid Id, string Kind, string Area, string? ResidentRef, string? Note, Guid Owner, string OwnerName, DateOnly FollowUpOn,
    bool Due, IReadOnlyList<SignalNoteResponse> Notes, string? Outcome, DateTimeOffset? ClosedAt, Guid? RequestId,
    DateTimeOffset CreatedAt, DateTimeOffset? RedactedAt);

/// <summary>What an admin may see of signals: numbers per area, kind and outcome, nothing about anyone.</summary>
public sealed record SignalCount(string Area, string Kind, string Outcome, int Count);

public static class SignalMapping
{
    public static SignalResponse AsResponse(this Signal s, string ownerName, DateOnly today) => new(
        s.Id, s.Kind, s.Area, s.ResidentRef, s.Note, s.Owner, ownerName, s.FollowUpOn, s.IsDue(today),
        [.. s.Notes.Select(n => new SignalNoteResponse(n.At, n.Text))], s.Outcome, s.ClosedAt, s.RequestId, s.CreatedAt, s.RedactedAt);
}
