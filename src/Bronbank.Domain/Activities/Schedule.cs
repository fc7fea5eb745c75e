using System.Globalization;
using Bronbank.Domain.Validation;

namespace Bronbank.Domain.Activities;

public enum Recurrence
{
    Weekly,
    Biweekly,
    Monthly,
}

/// <summary>
/// When an activity happens: a weekday (<c>ma</c>…<c>zo</c>, as in day-parts), a start and end time, and a
/// recurrence — every week, every other week (counted from <see cref="From"/>), or monthly on the n-th
/// weekday of the month (<see cref="WeekOfMonth"/> 1–4, or -1 for the last one). Optional first and last dates.
/// </summary>
public sealed record Schedule(string Weekday, TimeOnly Start, TimeOnly End, Recurrence Recurrence, int? WeekOfMonth, DateOnly? From, DateOnly? Until)
{
    /// <summary>Ochtend before 12:00, middag before 18:00, avond from 18:00: 10:30 is ochtend.</summary>
    public static string DayPartOf(TimeOnly time) => time.Hour < 12 ? "ochtend" : time.Hour < 18 ? "middag" : "avond";

    public string DayPart => DayPartOf(Start);

    /// <summary>The day-part token, e.g. <c>di-ochtend</c>.</summary>
    public string Slot => $"{Weekday}-{DayPart}";

    public DayOfWeek DayOfWeek => ToDayOfWeek(Weekday);

    /// <summary>How often per week on average: 1, ½, or 12 per 52 weeks.</summary>
    public double PerWeek => PerWeekOf(Recurrence);

    public static double PerWeekOf(Recurrence recurrence) => recurrence switch
    {
        Recurrence.Weekly => 1,
        Recurrence.Biweekly => 0.5,
        _ => 12.0 / 52,
    };

    public bool OccursOn(DateOnly date)
    {
        if (date.DayOfWeek != DayOfWeek) return false;
        if (From is { } from && date < from) return false;
        if (Until is { } until && date > until) return false;
        return Recurrence switch
        {
            Recurrence.Weekly => true,
            // Biweekly needs From (validation demands it): the weeks counted from the first occurrence.
            Recurrence.Biweekly => (date.DayNumber - FirstOnOrAfter(From!.Value).DayNumber) / 7 % 2 == 0,
            _ => WeekOfMonth == -1 ? date.AddDays(7).Month != date.Month : ((date.Day - 1) / 7) + 1 == WeekOfMonth,
        };
    }

    /// <summary>The dates in [from, to] on which it happens.</summary>
    public IEnumerable<DateOnly> Occurrences(DateOnly from, DateOnly to)
    {
        for (var date = FirstOnOrAfter(from); date <= to; date = date.AddDays(7))
        {
            if (OccursOn(date)) yield return date;
        }
    }

    /// <summary>The first date on or after <paramref name="date"/> that falls on this weekday.</summary>
    public DateOnly FirstOnOrAfter(DateOnly date) => date.AddDays(((int)DayOfWeek - (int)date.DayOfWeek + 7) % 7);

    public string Describe()
    {
        var day = DutchDayNames[DayParts.Days.ToList().IndexOf(Weekday)];
        var when = Recurrence switch
        {
            Recurrence.Weekly => $"elke {day}",
            Recurrence.Biweekly => $"om de week op {day}",
            _ => $"elke {(WeekOfMonth == -1 ? "laatste" : Ordinals[WeekOfMonth!.Value - 1])} {day} van de maand",
        };
        return $"{when} {Start.ToString("HH:mm", CultureInfo.InvariantCulture)}–{End.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    private static readonly string[] DutchDayNames = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
    private static readonly string[] Ordinals = ["eerste", "tweede", "derde", "vierde"];

    public static DayOfWeek ToDayOfWeek(string weekday) => (DayOfWeek)((DayParts.Days.ToList().IndexOf(weekday) + 1) % 7);
}
