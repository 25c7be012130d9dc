using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Features.Calendar;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Data.Complaints;

/// <summary>Shipped year files are merged on start, once per (region, year), without overwriting what people edited.</summary>
public sealed class CalendarYearMergeTests : IntegrationTest
{
    private readonly ShippedForTest _shipped = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IShippedCalendars>(_shipped);

    [Fact]
    public async Task The_first_start_merges_every_shipped_year_of_both_regions_and_records_each()
    {
        var calendar = Get<ICalendarService>();

        Assert.Equal(8, (await calendar.ListAsync(CalendarRegion.UnitedKingdom, 2026, Ct)).Count);
        Assert.Contains(await calendar.ListAsync(CalendarRegion.China, 2026, Ct), d => d.Date == new DateOnly(2026, 10, 1));
        await using var db = await Get<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);
        var loads = await db.CalendarYearLoads.OrderBy(l => l.Region).ThenBy(l => l.Year).Select(l => new { l.Region, l.Year }).ToListAsync(Ct);
        Assert.Equal(
            [new { Region = CalendarRegion.China, Year = 2025 }, new { Region = CalendarRegion.China, Year = 2026 },
             new { Region = CalendarRegion.UnitedKingdom, Year = 2025 }, new { Region = CalendarRegion.UnitedKingdom, Year = 2026 },
             new { Region = CalendarRegion.UnitedKingdom, Year = 2027 }],
            loads);
        Assert.Empty(await Get<CalendarYearMerger>().MergeAsync(db, Ct));   // nothing new: a second start merges nothing
    }

    [Fact]
    public async Task A_newly_shipped_year_is_merged_and_local_edits_in_2026_and_2027_stay_as_people_left_them()
    {
        var calendar = Get<ICalendarService>();
        var nationalDay = new DateOnly(2026, 10, 1);
        var newYear2026 = new DateOnly(2026, 1, 1);
        var companyDay = new DateOnly(2026, 12, 24);
        var newYear2027 = new DateOnly(2027, 1, 1);
        await calendar.RemoveDayAsync(CalendarRegion.China, nationalDay, TestRules.Compliance, Ct);
        await calendar.SetDayAsync(CalendarRegion.China, newYear2026, CalendarDayKind.Holiday, "元旦（本行）", TestRules.Compliance, Ct);
        await calendar.SetDayAsync(CalendarRegion.China, companyDay, CalendarDayKind.Holiday, "公司假日", TestRules.Compliance, Ct);
        await calendar.SetDayAsync(CalendarRegion.China, newYear2027, CalendarDayKind.Holiday, "元旦（本行预排）", TestRules.Compliance, Ct);

        // A later release ships a (made-up, test-only) China 2027 file; the 2026 file comes again unchanged.
        _shipped.Extra.Add(new ShippedCalendarYear(CalendarRegion.China, 2027,
        [
            new CalendarDay(newYear2027, CalendarDayKind.Holiday, "元旦 New Year's Day"),
            new CalendarDay(new DateOnly(2027, 2, 8), CalendarDayKind.Holiday, "测试假日 Test holiday"),
            new CalendarDay(new DateOnly(2027, 2, 20), CalendarDayKind.MakeupWorkday, "测试调休 Test make-up day"),
        ]));
        await using (var db = await Get<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct))
        {
            var load = Assert.Single(await Get<CalendarYearMerger>().MergeAsync(db, Ct));
            Assert.Equal((CalendarRegion.China, 2027, 2), (load.Region, load.Year, load.DaysAdded));
        }

        var days2026 = await calendar.ListAsync(CalendarRegion.China, 2026, Ct);
        Assert.DoesNotContain(days2026, d => d.Date == nationalDay);                                    // removed stays removed
        Assert.Equal("元旦（本行）", days2026.Single(d => d.Date == newYear2026).Name);                  // changed stays changed
        Assert.Equal(TestRules.Compliance.Id, days2026.Single(d => d.Date == companyDay).EditedBy);   // added stays
        var days2027 = await calendar.ListAsync(CalendarRegion.China, 2027, Ct);
        Assert.Equal("元旦（本行预排）", days2027.Single(d => d.Date == newYear2027).Name);              // the local day wins over the file
        Assert.Equal(3, days2027.Count);
        Assert.Contains(days2027, d => d.Date == new DateOnly(2027, 2, 20) && d.Kind == CalendarDayKind.MakeupWorkday && !d.IsLocalEdit);
    }

    [Fact]
    public async Task A_database_seeded_before_year_records_takes_its_years_as_loaded_and_gets_no_removed_holiday_back()
    {
        var nationalDay = new DateOnly(2026, 10, 1);
        await using var db = await Get<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);
        // As an earlier version left it: the seed's days (one since deleted by hand), no year records.
        await db.CalendarYearLoads.ExecuteDeleteAsync(Ct);
        await db.CalendarDays.Where(d => d.Region == CalendarRegion.China && d.Date == nationalDay).ExecuteDeleteAsync(Ct);

        var loads = await Get<CalendarYearMerger>().MergeAsync(db, Ct);

        Assert.All(loads, l => Assert.Equal(0, l.DaysAdded));
        Assert.Equal(5, loads.Count);
        Assert.False(await db.CalendarDays.AnyAsync(d => d.Region == CalendarRegion.China && d.Date == nationalDay, Ct));
    }

    private sealed class ShippedForTest : IShippedCalendars
    {
        public List<ShippedCalendarYear> Extra { get; } = [];

        public IEnumerable<ShippedCalendarYear> All() => new EmbeddedShippedCalendars().All().Concat(Extra);
    }
}
