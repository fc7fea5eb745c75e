namespace Bronbank.Web.Visits;

/// <summary>Dutch local time, which is what "today's visits" and "due today" mean to the people using Bronbank.</summary>
public static class Today
{
    // A container without time zone data falls back to UTC rather than failing.
    private static readonly TimeZoneInfo Dutch = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateOnly In(TimeProvider clock) => DateOnly.FromDateTime(Local(clock.GetUtcNow()).DateTime);

    public static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Dutch);
}
