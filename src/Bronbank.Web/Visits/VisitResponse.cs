namespace Bronbank.Web.Visits;

public sealed record VisitResponse(
    Guid Id, DateOnly Date, string Area, Guid? ActivityId, IReadOnlyList<string> Themes, string? Question,
    IReadOnlyList<string> ReferredTo, string Outcome, Guid? RequestId, DateTimeOffset RecordedAt);

public static class VisitMapping
{
    public static VisitResponse AsResponse(this Visit v) =>
        new(v.Id, v.Date, v.Area, v.ActivityId, v.Themes, v.Question, v.ReferredTo, v.Outcome, v.RequestId, v.RecordedAt);
}
