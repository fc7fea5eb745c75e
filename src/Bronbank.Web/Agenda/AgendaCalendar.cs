using Bronbank.Domain.Activities;
using Bronbank.Domain.Buurthuizen;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Bronbank.Web.Agenda;

/// <summary>
/// An iCalendar feed (RFC 5545, written by Ical.Net) of activities: one VEVENT per activity, its schedule
/// as an RRULE in Dutch local time, so a buurthuis can subscribe from its own calendar.
/// </summary>
public static class AgendaCalendar
{
    public const string TimeZone = "Europe/Amsterdam";

    /// <param name="withContact">False for a subscription link: an activity's contact is free text that may name a person or a phone number.</param>
    public static string Write(IEnumerable<(Activity Activity, Buurthuis Buurthuis)> items, DateOnly today, bool withContact = true)
    {
        var calendar = new Calendar { ProductId = "-//Bronbank//Bouwblokken//NL" };
        calendar.AddTimeZone(TimeZone);
        foreach (var (activity, buurthuis) in items)
        {
            var first = FirstOccurrence(activity.Schedule, today);
            if (first is null) continue;
            var s = activity.Schedule;
            var rule = new RecurrencePattern(s.Recurrence == Recurrence.Monthly ? FrequencyType.Monthly : FrequencyType.Weekly, s.Recurrence == Recurrence.Biweekly ? 2 : 1);
            rule.ByDay.Add(s.Recurrence == Recurrence.Monthly ? new WeekDay(s.DayOfWeek, s.WeekOfMonth!.Value) : new WeekDay(s.DayOfWeek));
            // With a local DTSTART, UNTIL is given in UTC (RFC 5545 3.3.10): the end of the last day.
            if (s.Until is { } until) rule.Until = new CalDateTime(AgendaWeeks.ToUtc(until, new TimeOnly(23, 59, 59)));
            var e = new CalendarEvent
            {
                Uid = $"{activity.Id}@bronbank",
                Summary = activity.Title,
                Location = string.Join(", ", new[] { buurthuis.Name, buurthuis.Address }.Where(p => !string.IsNullOrWhiteSpace(p))),
                Description = Describe(activity, withContact),
                Categories = [activity.Kind == ActivityKind.Spreekuur ? "spreekuur" : "activiteit", .. activity.TargetGroups],
                DtStart = Local(first.Value, s.Start),
                DtEnd = Local(first.Value, s.End),
            };
            e.RecurrenceRule = rule;
            calendar.Events.Add(e);
        }
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>The first date it happens on or after its start (or this week, for one without a start date).</summary>
    public static DateOnly? FirstOccurrence(Schedule s, DateOnly today)
    {
        var from = s.From ?? AgendaWeeks.MondayOf(today);
        return s.Occurrences(from, from.AddDays(70)).Cast<DateOnly?>().FirstOrDefault();
    }

    private static CalDateTime Local(DateOnly date, TimeOnly time) => new(date.Year, date.Month, date.Day, time.Hour, time.Minute, 0, TimeZone);

    private static string Describe(Activity a, bool withContact)
    {
        var lines = new List<string> { $"{a.Organisation}. {a.Schedule.Describe()}." };
        if (a.TargetGroups.Count > 0) lines.Add("Voor: " + string.Join(", ", a.TargetGroups) + ".");
        if (!string.IsNullOrWhiteSpace(a.Description)) lines.Add(a.Description);
        if (withContact && !string.IsNullOrWhiteSpace(a.Contact)) lines.Add("Contact: " + a.Contact);
        return string.Join("\n", lines);
    }
}
