using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Calendar;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Persistence.Providers;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;

namespace ComplaintOps.Tests.Data.Complaints;

/// <summary>A calendar edit recomputes the running clocks it can move, on a real database, in the same save.</summary>
public abstract class CalendarEditTestsBase(DatabaseProvider provider) : IntegrationTest(provider)
{
    private static readonly DateOnly Edited = new(2026, 12, 22);

    [Fact]
    public async Task Editing_a_day_moves_the_running_clocks_it_can_and_records_who_and_why_but_a_breach_stays()
    {
        var compliance = RunAs(StaffRole.Compliance);
        var calendar = Get<ICalendarService>();
        var queries = Get<IComplaintQueries>();
        Clock.SetUtcNow(TestRules.Local(2026, 12, 14, 9));     // Monday
        var older = await ComplaintInAsync(ComplaintStatus.Registered);
        Clock.SetUtcNow(TestRules.Local(2026, 12, 21, 9));     // a week later: its Route clock is breached
        var newer = await ComplaintInAsync(ComplaintStatus.Registered);
        var closed = await ComplaintInAsync(ComplaintStatus.Closed);
        var olderBefore = (await queries.GetAsync(older, TestRules.Supervisor, Ct))!;

        // Under the default Bank2020 profile the decision clock counts natural days, which a holiday does not move; only
        // working-day clocks move. newer: Route. older: its Route is breached and cannot move; Acknowledge clocks end before the 22nd.
        Assert.Equal(1, await calendar.CountAffectedClocksAsync(CalendarRegion.China, Edited, Ct));
        var moved = await calendar.SetDayAsync(CalendarRegion.China, Edited, CalendarDayKind.Holiday, "公司假日", compliance.Actor, Ct);

        Assert.Equal(1, moved);
        var olderAfter = (await queries.GetAsync(older, TestRules.Supervisor, Ct))!;
        Assert.Equal(Due(olderBefore, ClockKind.Route), Due(olderAfter, ClockKind.Route));
        Assert.Equal(Due(olderBefore, ClockKind.Resolve), Due(olderAfter, ClockKind.Resolve));   // 15 natural days: 29 December either way
        var newerAfter = (await queries.GetAsync(newer, TestRules.Supervisor, Ct))!;
        Assert.Equal(TestRules.EndOfDay(2026, 12, 23), Due(newerAfter, ClockKind.Route));
        Assert.True(newerAfter.HistoryIntact);
        var events = newerAfter.Timeline.Where(e => e.Kind == Complaint.DueDateMovedKind).ToList();
        Assert.Equal(["Route"], events.Select(e => e.Details["clock"]));
        Assert.All(events, e => Assert.Equal(compliance.Actor.Name, e.ActorName));
        Assert.All(events, e => Assert.Contains("2026-12-22", e.Reason, StringComparison.Ordinal));
        Assert.Equal(2, newerAfter.Version);   // registered (1) + one move
        Assert.DoesNotContain((await queries.GetAsync(closed, TestRules.Supervisor, Ct))!.Timeline, e => e.Kind == Complaint.DueDateMovedKind);
    }

    [Fact]
    public async Task An_edit_in_another_region_moves_no_China_clock()
    {
        var compliance = RunAs(StaffRole.Compliance);
        var calendar = Get<ICalendarService>();
        Clock.SetUtcNow(TestRules.Local(2026, 12, 21, 9));
        var id = await ComplaintInAsync(ComplaintStatus.Registered);

        Assert.Equal(0, await calendar.SetDayAsync(CalendarRegion.UnitedKingdom, Edited, CalendarDayKind.Holiday, "Office closed", compliance.Actor, Ct));

        Assert.True((await calendar.GetAsync(CalendarRegion.China, Ct)).IsWorkingDay(Edited));
        Assert.False((await calendar.GetAsync(CalendarRegion.UnitedKingdom, Ct)).IsWorkingDay(Edited));
        Assert.Equal(TestRules.EndOfDay(2026, 12, 22),
            (await Get<IComplaintQueries>().GetAsync(id, TestRules.Supervisor, Ct))!.Clocks.Single(c => c.Kind == ClockKind.Route).DueAtUtc);
    }

    [Fact]
    public async Task Coverage_warns_for_China_ending_in_32_days_but_not_for_the_UK()
    {
        Clock.SetUtcNow(TestRules.Local(2026, 11, 29, 9));

        var coverage = await Get<ICalendarService>().CoverageAsync(Ct);

        Assert.Equal(new CalendarCoverage(CalendarRegion.China, new DateOnly(2026, 12, 31), 32, Warning: true),
            coverage.Single(c => c.Region == CalendarRegion.China));
        Assert.Equal(new CalendarCoverage(CalendarRegion.UnitedKingdom, new DateOnly(2027, 12, 31), 397, Warning: false),
            coverage.Single(c => c.Region == CalendarRegion.UnitedKingdom));
    }

    private static DateTimeOffset Due(ComplaintDetail detail, ClockKind kind) => detail.Clocks.Single(c => c.Kind == kind).DueAtUtc;
}

public sealed class CalendarEditSqliteTests() : CalendarEditTestsBase(DatabaseProvider.Sqlite);

public sealed class CalendarEditPostgresTests() : CalendarEditTestsBase(DatabaseProvider.Postgres);
