using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Administration;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Calendar;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Data.Complaints;

public sealed class CalendarServiceTests : IntegrationTest
{

    public override ValueTask InitializeAsync()
    {
        Clock.SetUtcNow(TestRules.Local(2026, 12, 21, 9));   // Monday
        return base.InitializeAsync();
    }

    [Fact]
    public async Task The_shipped_calendars_are_written_on_first_start()
    {
        var calendar = Get<ICalendarService>();

        var days2025 = await calendar.ListAsync(CalendarRegion.China, 2025, Ct);

        Assert.Contains(days2025, d => d.Date == new DateOnly(2025, 10, 11) && d.Kind == CalendarDayKind.MakeupWorkday);
        Assert.Equal(33, days2025.Count);
        Assert.Equal(39, (await calendar.ListAsync(CalendarRegion.China, 2026, Ct)).Count);
    }

    [Fact]
    public async Task An_added_holiday_moves_the_due_dates_of_running_and_new_complaints_and_removing_it_moves_them_back()
    {
        var calendar = Get<ICalendarService>();
        var commands = Get<IComplaintCommands>();
        var queries = Get<IComplaintQueries>();
        var before = await commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct);

        await calendar.SetDayAsync(CalendarRegion.China, new DateOnly(2026, 12, 22), CalendarDayKind.Holiday, "公司假日 Company holiday", TestRules.Compliance, Ct);
        var after = await commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct);

        Assert.Equal(TestRules.EndOfDay(2026, 12, 23), await RouteDueAsync(before.Id));
        Assert.Equal(TestRules.EndOfDay(2026, 12, 23), await RouteDueAsync(after.Id));

        await calendar.RemoveDayAsync(CalendarRegion.China, new DateOnly(2026, 12, 22), TestRules.Compliance, Ct);
        Assert.True((await calendar.GetAsync(CalendarRegion.China, Ct)).IsWorkingDay(new DateOnly(2026, 12, 22)));
        Assert.Equal(TestRules.EndOfDay(2026, 12, 22), await RouteDueAsync(before.Id));

        async Task<DateTimeOffset> RouteDueAsync(Guid id) =>
            (await queries.GetAsync(id, TestRules.Supervisor, Ct))!.Clocks.Single(c => c.Kind == ClockKind.Route).DueAtUtc;
    }

    [Fact]
    public async Task A_make_up_workday_must_be_a_weekend_day_and_a_bad_edit_changes_nothing()
    {
        var calendar = Get<ICalendarService>();

        await Assert.ThrowsAsync<DomainException>(() => calendar.SetDayAsync(CalendarRegion.China, new DateOnly(2026, 12, 23), CalendarDayKind.MakeupWorkday, "周三", TestRules.Compliance, Ct));
        await Assert.ThrowsAsync<DomainException>(() => calendar.SetDayAsync(CalendarRegion.China, new DateOnly(2026, 12, 26), CalendarDayKind.MakeupWorkday, " ", TestRules.Compliance, Ct));

        Assert.DoesNotContain(await calendar.ListAsync(CalendarRegion.China, 2026, Ct), d => d.Date.Month == 12);
        await calendar.SetDayAsync(CalendarRegion.China, new DateOnly(2026, 12, 26), CalendarDayKind.MakeupWorkday, "年终调休", TestRules.Compliance, Ct);
        Assert.True((await calendar.GetAsync(CalendarRegion.China, Ct)).IsWorkingDay(new DateOnly(2026, 12, 26)));
    }

    [Fact]
    public async Task Only_the_permission_holder_edits_and_each_edit_is_logged_with_its_actor()
    {
        var calendar = Get<ICalendarService>();
        var day = new DateOnly(2026, 12, 24);

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => calendar.SetDayAsync(CalendarRegion.China, day, CalendarDayKind.Holiday, "平安夜", TestRules.Handler, Ct));
        Assert.Equal(Permission.ManageCalendar, refused.Missing);
        Assert.True((await calendar.GetAsync(CalendarRegion.China, Ct)).IsWorkingDay(day));

        await calendar.SetDayAsync(CalendarRegion.China, day, CalendarDayKind.Holiday, "平安夜", TestRules.Compliance, Ct);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await calendar.RemoveDayAsync(CalendarRegion.China, day, TestRules.Compliance, Ct);

        await using var db = await Get<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);
        var log = db.AdminAuditEntries.Where(e => e.Target == "2026-12-24").OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToList();
        Assert.Equal([AdminActions.CalendarDaySet, AdminActions.CalendarDayRemoved], log.Select(e => e.Action));
        Assert.All(log, e => Assert.Equal(TestRules.Compliance.Id, e.ActorId));
    }
}
