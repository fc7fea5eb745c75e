using System.Globalization;
using Bronbank.Domain.Activities;
using Bronbank.Domain.Buurthuizen;
using Bronbank.Domain.Validation;

namespace Bronbank.Web.Activities;

public sealed record ScheduleResponse(
    string Weekday, string Start, string End, string Recurrence, int? WeekOfMonth, DateOnly? From, DateOnly? Until,
    string DayPart, string Slot, double PerWeek, string Text);

public sealed record ActivityResponse(
    Guid Id, int Version, string Title, string Kind, string Organisation, Guid BuurthuisId, string? BuurthuisName, string? Area,
    ScheduleResponse Schedule, IReadOnlyList<string> TargetGroups, string? Description, IReadOnlyList<string> Languages, string? Contact,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public static class ActivityMapping
{
    public static ActivityResponse AsResponse(this Activity a, Buurthuis? buurthuis) => new(
        a.Id, a.Version, a.Title, a.Kind.ToWire(), a.Organisation, a.BuurthuisId, buurthuis?.Name, buurthuis?.Area, a.Schedule.AsResponse(),
        a.TargetGroups, a.Description, a.Languages, a.Contact, a.CreatedAt, a.UpdatedAt);

    public static ScheduleResponse AsResponse(this Schedule s) => new(
        s.Weekday, Time(s.Start), Time(s.End), s.Recurrence.ToWire(), s.WeekOfMonth, s.From, s.Until, s.DayPart, s.Slot, Math.Round(s.PerWeek, 3), s.Describe());

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
