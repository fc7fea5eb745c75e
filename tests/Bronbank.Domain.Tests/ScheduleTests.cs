using Bronbank.Domain.Activities;
using Bronbank.Domain.Validation;

namespace Bronbank.Domain.Tests;

public class ScheduleTests
{
    private static Schedule Make(string weekday = "di", string start = "10:30", string end = "12:00", string recurrence = "weekly",
        int? weekOfMonth = null, DateOnly? from = null, DateOnly? until = null)
    {
        var input = new ScheduleInput { Weekday = weekday, Start = start, End = end, Recurrence = recurrence, WeekOfMonth = weekOfMonth, From = from, Until = until };
        var errors = new ErrorBag();
        input.Validate(errors, "schedule");
        errors.IsEmpty.Should().BeTrue(string.Join("; ", errors.ToDictionary().SelectMany(e => e.Value)));
        return input.ToSchedule();
    }

    [Theory]
    [InlineData("10:30", "ochtend")]
    [InlineData("11:59", "ochtend")]
    [InlineData("12:00", "middag")]
    [InlineData("17:45", "middag")]
    [InlineData("18:00", "avond")]
    [InlineData("19:30", "avond")]
    public void The_day_part_of_a_time(string time, string dayPart) =>
        Schedule.DayPartOf(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(dayPart);

    [Fact]
    public void A_weekly_schedule_names_its_slot() => Make().Slot.Should().Be("di-ochtend");

    [Fact]
    public void First_Tuesday_of_the_month_happens_only_then()
    {
        var schedule = Make(recurrence: "monthly", weekOfMonth: 1);
        schedule.Occurrences(new DateOnly(2026, 12, 1), new DateOnly(2027, 2, 28)).Should().Equal(
            new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 5), new DateOnly(2027, 2, 2));
        schedule.Describe().Should().Be("elke eerste dinsdag van de maand 10:30–12:00");
    }

    [Fact]
    public void Last_Friday_of_the_month()
    {
        var schedule = Make(weekday: "vr", recurrence: "monthly", weekOfMonth: -1);
        schedule.Occurrences(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31)).Should().Equal(new DateOnly(2026, 11, 27), new DateOnly(2026, 12, 25));
    }

    [Fact]
    public void Biweekly_counts_weeks_from_its_first_date()
    {
        var schedule = Make(weekday: "wo", recurrence: "biweekly", from: new DateOnly(2026, 11, 30));
        schedule.Occurrences(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31)).Should().Equal(
            new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 16), new DateOnly(2026, 12, 30));
        schedule.PerWeek.Should().Be(0.5);
    }

    [Fact]
    public void From_and_until_bound_a_weekly_schedule()
    {
        var schedule = Make(weekday: "ma", from: new DateOnly(2026, 12, 7), until: new DateOnly(2026, 12, 21));
        schedule.Occurrences(new DateOnly(2026, 11, 1), new DateOnly(2027, 1, 31)).Should().Equal(
            new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 21));
    }

    [Theory]
    [InlineData("xx", "10:00", "11:00", "weekly", null, "schedule.weekday")]
    [InlineData("di", "25:00", "11:00", "weekly", null, "schedule.start")]
    [InlineData("di", "11:00", "10:00", "weekly", null, "schedule.end")]
    [InlineData("di", "10:00", "11:00", "daily", null, "schedule.recurrence")]
    [InlineData("di", "10:00", "11:00", "monthly", null, "schedule.weekOfMonth")]
    [InlineData("di", "10:00", "11:00", "monthly", 5, "schedule.weekOfMonth")]
    [InlineData("di", "10:00", "11:00", "weekly", 1, "schedule.weekOfMonth")]
    [InlineData("di", "10:00", "11:00", "biweekly", null, "schedule.from")]
    public void Bad_schedules_are_refused_by_field(string weekday, string start, string end, string recurrence, int? weekOfMonth, string field)
    {
        var errors = new ErrorBag();
        new ScheduleInput { Weekday = weekday, Start = start, End = end, Recurrence = recurrence, WeekOfMonth = weekOfMonth }.Validate(errors, "schedule");
        errors.ToDictionary().Keys.Should().Contain(field);
    }

    [Fact]
    public void Until_before_from_is_refused()
    {
        var errors = new ErrorBag();
        new ScheduleInput { Weekday = "di", Start = "10:00", End = "11:00", Recurrence = "weekly", From = new DateOnly(2026, 12, 1), Until = new DateOnly(2026, 11, 1) }
            .Validate(errors, "schedule");
        errors.ToDictionary().Keys.Should().Equal("schedule.until");
    }
}
