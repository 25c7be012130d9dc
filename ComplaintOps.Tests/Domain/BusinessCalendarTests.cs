using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure;

namespace ComplaintOps.Tests.Domain;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Calendar = TestRules.Calendar;

    [Fact]
    public void National_Day_2025_is_off_from_1_to_8_October_with_two_make_up_days()
    {
        for (var day = 1; day <= 8; day++)
        {
            Assert.False(Calendar.IsWorkingDay(new DateOnly(2025, 10, day)), $"2025-10-{day:00} is a holiday");
        }

        Assert.True(Calendar.IsWorkingDay(new DateOnly(2025, 9, 28)));   // Sunday, make-up workday
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2025, 10, 11)));  // Saturday, make-up workday
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2025, 9, 27)));  // an ordinary Saturday
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2025, 10, 12))); // an ordinary Sunday
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2025, 10, 9)));
    }

    [Fact]
    public void Spring_Festival_2026_is_off_from_15_to_23_February_with_make_up_Saturdays()
    {
        for (var day = 15; day <= 23; day++)
        {
            Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 2, day)), $"2026-02-{day:00} is a holiday");
        }

        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 2, 14)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 2, 28)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 2, 24)));
    }

    [Theory]
    [InlineData("2026-11-20", 1, "2026-11-23")]   // Friday + 1 working day skips the weekend
    [InlineData("2026-11-21", 0, "2026-11-23")]   // "same working day" on a Saturday is Monday
    [InlineData("2026-11-23", 0, "2026-11-23")]
    [InlineData("2025-09-26", 1, "2025-09-28")]   // the next working day is the make-up Sunday
    [InlineData("2025-09-26", 2, "2025-09-29")]
    [InlineData("2025-09-30", 1, "2025-10-09")]   // across the whole National Day holiday
    [InlineData("2025-10-03", 0, "2025-10-09")]   // registered on a holiday: acknowledged on the first working day
    [InlineData("2025-09-30", 15, "2025-10-28")]  // 9,10,11(Sat, make-up),13–17,20–24,27,28
    [InlineData("2026-02-13", 2, "2026-02-24")]   // 14 Feb (make-up Saturday), then 24 Feb after Spring Festival
    [InlineData("2026-02-13", 3, "2026-02-25")]
    [InlineData("2025-12-31", 1, "2026-01-04")]   // 1–3 Jan 2026 off; Sunday 4 Jan is a make-up workday
    public void Within_n_working_days_ends_on_the_nth_working_day_after_the_start_day(string start, int n, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), Calendar.AddWorkingDays(DateOnly.Parse(start), n));
    }

    [Fact]
    public void A_due_date_is_the_close_of_the_local_day_in_Shanghai()
    {
        var registered = TestRules.Local(2026, 11, 20, 16, 30);   // Friday afternoon

        var due = Calendar.DueAfterWorkingDays(registered, 1);

        Assert.Equal(TestRules.EndOfDay(2026, 11, 23), due);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 15, 59, 59, TimeSpan.Zero), due);
    }

    [Fact]
    public void Local_date_of_an_instant_is_taken_in_Shanghai_not_UTC()
    {
        // 20:00 UTC on Sunday is 04:00 Monday in Shanghai.
        Assert.Equal(new DateOnly(2026, 11, 23), Calendar.LocalDate(new DateTimeOffset(2026, 11, 22, 20, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Working_days_between_counts_make_up_days_and_skips_holidays()
    {
        Assert.Equal(4, Calendar.WorkingDaysBetween(new DateOnly(2025, 9, 26), new DateOnly(2025, 10, 9)));   // 26, 28 (Sun), 29, 30 Sep
        Assert.Equal(3, Calendar.WorkingDaysBetween(new DateOnly(2025, 10, 8), new DateOnly(2025, 10, 13)));  // 9, 10, 11 (Sat) Oct
    }

    [Fact]
    public void Calendar_day_and_working_day_limits_both_apply_and_the_earliest_wins()
    {
        var start = TestRules.Local(2025, 9, 30);

        var bank = ComplaintClock.Start(Guid.Empty, SlaPolicies.Bank2020.Rule(ClockKind.Resolve), vip: false, 1, start, Calendar);
        var standard = ComplaintClock.Start(Guid.Empty, SlaPolicies.Bank2012.Rule(ClockKind.Resolve), vip: false, 1, start, Calendar);

        Assert.Equal(TestRules.EndOfDay(2025, 10, 28), standard.DueAtUtc);   // 15 working days
        Assert.Equal(TestRules.EndOfDay(2025, 10, 15), bank.DueAtUtc);       // 15 calendar days come first

        // A rule whose working-day limit is the earlier one.
        var tight = ComplaintClock.Start(Guid.Empty, new ClockRule(ClockKind.Route, [new ClockLimit(1, DayCount.Working, new("Test", "1")), new ClockLimit(5, DayCount.Natural, new("Test", "2"))]), false, 1,
            TestRules.Local(2026, 11, 23), Calendar);
        Assert.Equal(TestRules.EndOfDay(2026, 11, 24), tight.DueAtUtc);
    }

    [Fact]
    public void Shipped_calendars_cover_2025_and_2026()
    {
        var days = ShippedCalendars.LoadAll(CalendarRegion.China);

        Assert.Equal(28, days.Count(d => d.Date.Year == 2025 && d.Kind == CalendarDayKind.Holiday));
        Assert.Equal(5, days.Count(d => d.Date.Year == 2025 && d.Kind == CalendarDayKind.MakeupWorkday));
        Assert.Equal(33, days.Count(d => d.Date.Year == 2026 && d.Kind == CalendarDayKind.Holiday));
        Assert.Equal(6, days.Count(d => d.Date.Year == 2026 && d.Kind == CalendarDayKind.MakeupWorkday));
        Assert.All(days.Where(d => d.Kind == CalendarDayKind.MakeupWorkday),
            d => Assert.True(d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{d.Date} is a weekend day"));
    }
}
