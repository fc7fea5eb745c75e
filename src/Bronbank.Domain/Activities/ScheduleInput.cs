using System.Globalization;
using Bronbank.Domain.Validation;

namespace Bronbank.Domain.Activities;

/// <summary>A schedule as clients send it; every field nullable so a missing one is reported by name.</summary>
public sealed record ScheduleInput
{
    public string? Weekday { get; init; }
    /// <summary><c>HH:mm</c>.</summary>
    public string? Start { get; init; }
    public string? End { get; init; }
    /// <summary><c>weekly</c>, <c>biweekly</c> or <c>monthly</c>.</summary>
    public string? Recurrence { get; init; }
    /// <summary>For monthly: 1–4 (first to fourth weekday of the month) or -1 (the last).</summary>
    public int? WeekOfMonth { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? Until { get; init; }

    public void Validate(ErrorBag errors, string prefix)
    {
        var weekday = Weekday?.Trim().ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(Weekday)) errors.Add($"{prefix}.weekday", "Required.");
        else if (!DayParts.Days.Contains(weekday)) errors.Add($"{prefix}.weekday", "One of ma, di, wo, do, vr, za, zo.");
        var start = Time(errors, $"{prefix}.start", Start);
        var end = Time(errors, $"{prefix}.end", End);
        if (start is not null && end is not null && end <= start) errors.Add($"{prefix}.end", "Must be after start.");
        var recurrence = WireNames.Parse<Recurrence>(Recurrence);
        if (string.IsNullOrWhiteSpace(Recurrence)) errors.Add($"{prefix}.recurrence", "Required.");
        else if (recurrence is null) errors.Add($"{prefix}.recurrence", $"One of {WireNames.Choices<Recurrence>()}.");
        if (recurrence == Activities.Recurrence.Monthly && WeekOfMonth is not (1 or 2 or 3 or 4 or -1))
            errors.Add($"{prefix}.weekOfMonth", "For monthly: 1 to 4 (first to fourth weekday of the month) or -1 (the last).");
        if (recurrence != Activities.Recurrence.Monthly && WeekOfMonth is not null)
            errors.Add($"{prefix}.weekOfMonth", "Only for monthly.");
        if (recurrence == Activities.Recurrence.Biweekly && From is null)
            errors.Add($"{prefix}.from", "Required for biweekly: the weeks are counted from this date.");
        if (From is not null && Until is not null && Until < From) errors.Add($"{prefix}.until", "Must not be before from.");
    }

    /// <summary>The schedule; call after <see cref="Validate"/> found nothing.</summary>
    public Schedule ToSchedule() => new(Weekday!.Trim().ToLowerInvariant(), ParseTime(Start!)!.Value, ParseTime(End!)!.Value,
        WireNames.Parse<Recurrence>(Recurrence)!.Value, WeekOfMonth, From, Until);

    private static TimeOnly? Time(ErrorBag errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) { errors.Add(field, "Required."); return null; }
        var time = ParseTime(value);
        if (time is null) errors.Add(field, "A time as HH:mm, e.g. 10:30.");
        return time;
    }

    private static TimeOnly? ParseTime(string value) =>
        TimeOnly.TryParseExact(value.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}
