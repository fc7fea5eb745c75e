using System.Globalization;

namespace Bronbank.Web.Agenda;

/// <summary>ISO weeks (<c>2026-W10</c>), Monday to Sunday, as Dutch calendars count them.</summary>
public static class AgendaWeeks
{
    private static readonly TimeZoneInfo Dutch = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateOnly TodayIn(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Dutch).DateTime);

    public static string Name(DateOnly monday) => $"{ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)):00}";

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The Monday of a week written <c>2026-W10</c>; null when it is not such a week.</summary>
    public static DateOnly? Parse(string? week)
    {
        if (string.IsNullOrWhiteSpace(week)) return null;
        var parts = week.Trim().ToUpperInvariant().Split("-W");
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year is < 2000 or > 2100 || number < 1 || number > ISOWeek.GetWeeksInYear(year)) return null;
        return DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday));
    }

    /// <summary>A local date and time in the Netherlands as UTC.</summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), Dutch);
}
