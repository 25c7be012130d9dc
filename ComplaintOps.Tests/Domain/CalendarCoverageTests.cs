using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;

namespace ComplaintOps.Tests.Domain;

/// <summary>Regions, how far a calendar reaches, "calendar missing" clocks and the recompute after a calendar edit.</summary>
public sealed class CalendarCoverageTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public void The_UK_ships_the_England_and_Wales_bank_holidays_2025_to_2027_with_substitute_days()
    {
        var days = ShippedCalendars.LoadAll(CalendarRegion.UnitedKingdom);
        var uk = new BusinessCalendar(London, days);

        Assert.Equal([8, 8, 8], [.. new[] { 2025, 2026, 2027 }.Select(y => days.Count(d => d.Date.Year == y))]);
        Assert.All(days, d => Assert.Equal((CalendarRegion.UnitedKingdom, CalendarDayKind.Holiday), (d.Region, d.Kind)));
        Assert.False(uk.IsWorkingDay(new DateOnly(2026, 12, 28)));   // Boxing Day substitute (26th is a Saturday)
        Assert.False(uk.IsWorkingDay(new DateOnly(2027, 3, 26)));    // Good Friday
        Assert.True(uk.IsWorkingDay(new DateOnly(2026, 10, 1)));     // China's National Day is not the UK's
        Assert.Equal(new DateOnly(2027, 12, 31), uk.CoveredThrough);
    }

    [Fact]
    public void Coverage_ends_on_31_December_of_the_last_year_with_a_day_or_a_load_record()
    {
        Assert.Equal(new DateOnly(2026, 12, 31), TestRules.Calendar.CoveredThrough);
        Assert.Equal(new DateOnly(2027, 12, 31), new BusinessCalendar(BusinessCalendar.ChinaTimeZone, [], [2026, 2027]).CoveredThrough);

        var empty = new BusinessCalendar(BusinessCalendar.ChinaTimeZone, []);
        Assert.Null(empty.CoveredThrough);
        Assert.False(empty.Covers(TestRules.Local(2026, 1, 5)));
    }

    [Fact]
    public void Covers_judges_the_local_day_of_the_instant()
    {
        Assert.True(TestRules.Calendar.Covers(TestRules.EndOfDay(2026, 12, 31)));
        // 2026-12-31 16:30 UTC is already 1 January 2027 in Shanghai.
        Assert.False(TestRules.Calendar.Covers(new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_working_day_clock_due_past_the_coverage_is_calendar_missing_and_others_are_not()
    {
        var start = TestRules.Local(2026, 12, 21);
        var resolve = ComplaintClock.Start(Guid.Empty, SlaPolicies.Bank2012.Rule(ClockKind.Resolve), false, 1, start, TestRules.Calendar);
        var route = ComplaintClock.Start(Guid.Empty, SlaPolicies.Bank2012.Rule(ClockKind.Route), false, 1, start, TestRules.Calendar);
        var calendarDaysOnly = ComplaintClock.Start(Guid.Empty, new ClockRule(ClockKind.Resolve, new ClockLimit(30, DayCount.Natural, new("Test", "1"))), false, 1, start, TestRules.Calendar);
        var regulator = ComplaintClock.StartFixed(Guid.Empty, ClockKind.Regulator, 1, start, TestRules.EndOfDay(2027, 2, 1));

        Assert.True(ClockCoverage.IsCalendarMissing(resolve, TestRules.Calendar));          // 15 working days cross 31 December
        Assert.False(ClockCoverage.IsCalendarMissing(route, TestRules.Calendar));
        Assert.False(ClockCoverage.IsCalendarMissing(calendarDaysOnly, TestRules.Calendar)); // holidays cannot move it
        Assert.False(ClockCoverage.IsCalendarMissing(regulator, TestRules.Calendar));

        resolve.Meet(TestRules.Local(2026, 12, 22));
        Assert.False(ClockCoverage.IsCalendarMissing(resolve, TestRules.Calendar));         // a met clock no longer counts
    }

    [Fact]
    public void Recompute_moves_running_clocks_records_each_move_on_the_sealed_history_and_leaves_breaches()
    {
        var complaint = Complaint.Register(ComplaintBuilder.Sample(), TestRules.Agent, TestRules.Local(2026, 12, 14, 9), TestRules.Bank2012);
        var now = TestRules.Local(2026, 12, 21, 9);
        var routeDue = complaint.Clocks.Single(c => c.Kind == ClockKind.Route).DueAtUtc;        // 15 December: breached by now
        var resolveDue = complaint.Clocks.Single(c => c.Kind == ClockKind.Resolve).DueAtUtc;
        var version = complaint.Version;
        var withHoliday = new BusinessCalendar(BusinessCalendar.ChinaTimeZone,
            [.. ShippedCalendars.LoadAll(CalendarRegion.China), new CalendarDay(new DateOnly(2026, 12, 22), CalendarDayKind.Holiday, "公司假日")]);

        var moved = complaint.RecomputeClocks(withHoliday, "China 2026-12-22: Holiday 公司假日", TestRules.Compliance, now, TestRules.Bank2012 with { Calendar = withHoliday });

        Assert.Equal(1, moved);
        Assert.Equal(routeDue, complaint.Clocks.Single(c => c.Kind == ClockKind.Route).DueAtUtc);
        var resolve = complaint.Clocks.Single(c => c.Kind == ClockKind.Resolve);
        Assert.Equal(withHoliday.AddWorkingDays(new DateOnly(2026, 12, 14), 15), withHoliday.LocalDate(resolve.DueAtUtc));
        Assert.Equal(TestRules.Calendar.LocalDate(resolveDue).AddDays(1), withHoliday.LocalDate(resolve.DueAtUtc));
        var e = complaint.Events[^1];
        Assert.Equal(Complaint.DueDateMovedKind, e.Kind);
        Assert.Equal(TestRules.Compliance.Id, e.ActorId);
        Assert.Equal("China 2026-12-22: Holiday 公司假日", e.Reason);
        Assert.Equal("Resolve", e.ReadDetails()!["clock"]);
        Assert.Equal(resolveDue, DateTimeOffset.Parse(e.ReadDetails()!["oldDue"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(version + 1, complaint.Version);
        Assert.Equal(complaint.Status, e.ToStatus);
        Assert.Null(ComplaintEvent.FindBreak(complaint.Events, TestRules.Seal));
    }

    [Fact]
    public void Recompute_with_an_unchanged_calendar_records_nothing_and_needs_the_calendar_permission()
    {
        var complaint = Complaint.Register(ComplaintBuilder.Sample(), TestRules.Agent, TestRules.Local(2026, 12, 14, 9), TestRules.Bank2012);
        var version = complaint.Version;

        Assert.Equal(0, complaint.RecomputeClocks(TestRules.Calendar, "no change", TestRules.Compliance, TestRules.Local(2026, 12, 15), TestRules.Bank2012));
        Assert.Equal(version, complaint.Version);
        Assert.Throws<ForbiddenException>(() =>
            complaint.RecomputeClocks(TestRules.Calendar, "no change", TestRules.Handler, TestRules.Local(2026, 12, 15), TestRules.Bank2012));
    }
}
