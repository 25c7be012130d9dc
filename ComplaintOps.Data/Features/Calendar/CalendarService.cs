using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Administration;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Calendar;

public sealed class CalendarService(
    IDbContextFactory<ComplaintOpsDbContext> dbFactory,
    IOptions<SlaOptions> sla,
    IOptions<CalendarOptions> options,
    HistorySeal seal,
    TimeProvider clock) : ICalendarService
{
    // A complaint changed by someone else between our read and our save: the whole edit is tried again on fresh data.
    private const int Attempts = 3;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<CalendarRegion, BusinessCalendar> _cached = new();

    public async Task<BusinessCalendar> GetAsync(CalendarRegion region, CancellationToken cancellationToken)
    {
        if (_cached.TryGetValue(region, out var cached))
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_cached.TryGetValue(region, out cached))
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                cached = await LoadAsync(db, region, cancellationToken);
                _cached[region] = cached;
            }

            return cached;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IReadOnlyList<CalendarDay>> ListAsync(CalendarRegion region, int year, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return await db.CalendarDays.AsNoTracking().Where(d => d.Region == region && d.Date >= from && d.Date <= to)
            .OrderBy(d => d.Date).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CalendarCoverage>> CoverageAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var coverage = new List<CalendarCoverage>();
        foreach (var region in Enum.GetValues<CalendarRegion>())
        {
            var calendar = await GetAsync(region, cancellationToken);
            var today = calendar.LocalDate(now);
            var left = calendar.CoveredThrough is { } last ? Math.Max(0, last.DayNumber - today.DayNumber) : 0;
            coverage.Add(new CalendarCoverage(region, calendar.CoveredThrough, left, left < options.Value.CoverageWarningDays));
        }

        return coverage;
    }

    public async Task<int> CountAffectedClocksAsync(CalendarRegion region, DateOnly date, CancellationToken cancellationToken)
    {
        var calendar = await GetAsync(region, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (startedBy, dueFrom) = Window(calendar, date, clock.GetUtcNow());
        var policies = PolicyNames(region);
        return await db.Complaints.Where(c => c.IsOpen && policies.Contains(c.SlaPolicyName))
            .SelectMany(c => c.Clocks)
            .CountAsync(k => k.MetAtUtc == null && k.StoppedAtUtc == null && k.WorkingDays != null && k.StartedAtUtc <= startedBy && k.DueAtUtc >= dueFrom,
                cancellationToken);
    }

    public async Task<int> SetDayAsync(CalendarRegion region, DateOnly date, CalendarDayKind kind, string name, Actor actor, CancellationToken cancellationToken)
    {
        Demand(actor);
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            throw new DomainException("invalid_name", "A name of 1–100 characters is required.");
        }

        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (kind == CalendarDayKind.MakeupWorkday && !weekend)
        {
            throw new DomainException("invalid_kind", $"{date:yyyy-MM-dd} is a weekday; only a Saturday or Sunday can be a make-up workday.");
        }

        name = name.Trim();
        return await EditAsync(region, date, actor, AdminActions.CalendarDaySet, $"{region} {Format(date)}: {kind} {name}", (db, day, now) =>
        {
            if (day is null)
            {
                day = new CalendarDay(date, kind, name, region);
                db.CalendarDays.Add(day);
            }

            day.Edit(kind, name, actor.Id, now);
            return new { region = region.ToString(), kind = kind.ToString(), name };
        }, cancellationToken);
    }

    public Task<int> RemoveDayAsync(CalendarRegion region, DateOnly date, Actor actor, CancellationToken cancellationToken)
    {
        Demand(actor);
        return EditAsync(region, date, actor, AdminActions.CalendarDayRemoved, $"{region} {Format(date)}: removed", (db, day, _) =>
        {
            if (day is null)
            {
                return null;
            }

            // The year's load record keeps a removed shipped holiday from coming back on the next start.
            db.CalendarDays.Remove(day);
            return new { region = region.ToString(), kind = day.Kind.ToString(), name = day.Name };
        }, cancellationToken);
    }

    /// <summary>
    /// One save: the day, the administration log entry and every complaint whose clocks moved. <paramref name="change"/>
    /// applies the edit to the tracked day and returns the log details, or null when there is nothing to change.
    /// </summary>
    private async Task<int> EditAsync(CalendarRegion region, DateOnly date, Actor actor, string action, string reason,
        Func<ComplaintOpsDbContext, CalendarDay?, DateTimeOffset, object?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var now = StoredInstant.Normalize(clock.GetUtcNow());
            var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Region == region && d.Date == date, cancellationToken);
            var details = change(db, day, now);
            if (details is null)
            {
                return 0;
            }

            var (before, after) = await LoadEditAsync(db, region, cancellationToken);
            var moved = 0;
            foreach (var complaint in await AffectedAsync(db, region, before, date, now, cancellationToken))
            {
                moved += complaint.RecomputeClocks(after, reason, actor, now, RulesFor(complaint.SlaPolicyName, after));
            }

            db.AdminAuditEntries.Add(AdminAuditEntry.Record(actor, action, Format(date),
                JsonSerializer.Serialize(new { change = details, clocksMoved = moved }), now));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                continue;
            }

            _cached.TryRemove(region, out _);
            return moved;
        }
    }

    private static async Task<List<Complaint>> AffectedAsync(ComplaintOpsDbContext db, CalendarRegion region, BusinessCalendar calendar, DateOnly date,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (startedBy, dueFrom) = Window(calendar, date, now);
        var policies = PolicyNames(region);
        return await db.Complaints.Include(c => c.Clocks)
            .Where(c => c.IsOpen && policies.Contains(c.SlaPolicyName)
                        && c.Clocks.Any(k => k.MetAtUtc == null && k.StoppedAtUtc == null && k.WorkingDays != null
                                             && k.StartedAtUtc <= startedBy && k.DueAtUtc >= dueFrom))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// A clock an edit of <paramref name="date"/> can move counts working days (holidays do not move calendar-day or fixed
    /// limits), started on or before that day and is due on or after it, and is not breached yet (a breach is final).
    /// </summary>
    private static (DateTimeOffset StartedBy, DateTimeOffset DueFrom) Window(BusinessCalendar calendar, DateOnly date, DateTimeOffset now)
    {
        var dayStarts = calendar.EndOfDayUtc(date.AddDays(-1)).AddSeconds(1);
        return (calendar.EndOfDayUtc(date), StoredInstant.Normalize(dayStarts > now ? dayStarts : now));
    }

    private static List<string> PolicyNames(CalendarRegion region) =>
        SlaPolicies.All.Where(p => p.Region == region).Select(p => p.Name).ToList();

    private HandlingRules RulesFor(string policyName, BusinessCalendar calendar) =>
        HandlingRulesProvider.Compose(sla.Value, seal, policyName, calendar);

    /// <summary>The region's calendar as stored.</summary>
    private async Task<BusinessCalendar> LoadAsync(ComplaintOpsDbContext db, CalendarRegion region, CancellationToken cancellationToken)
    {
        var (days, years) = await StoredAsync(db, region, cancellationToken);
        return new BusinessCalendar(TimeZoneOf(region), days, years);
    }

    /// <summary>The region's calendar as stored and as it will be once this context saves (the days it tracks), read once.</summary>
    private async Task<(BusinessCalendar Before, BusinessCalendar After)> LoadEditAsync(ComplaintOpsDbContext db, CalendarRegion region,
        CancellationToken cancellationToken)
    {
        var (stored, years) = await StoredAsync(db, region, cancellationToken);
        var after = stored.ToDictionary(d => d.Date);
        foreach (var entry in db.ChangeTracker.Entries<CalendarDay>().Where(e => e.Entity.Region == region))
        {
            if (entry.State == EntityState.Deleted)
            {
                after.Remove(entry.Entity.Date);
            }
            else
            {
                after[entry.Entity.Date] = entry.Entity;
            }
        }

        var zone = TimeZoneOf(region);
        return (new BusinessCalendar(zone, stored, years), new BusinessCalendar(zone, after.Values, years));
    }

    private static async Task<(List<CalendarDay> Days, List<int> Years)> StoredAsync(ComplaintOpsDbContext db, CalendarRegion region,
        CancellationToken cancellationToken)
    {
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Region == region).ToListAsync(cancellationToken);
        var years = await db.CalendarYearLoads.AsNoTracking().Where(l => l.Region == region).Select(l => l.Year).ToListAsync(cancellationToken);
        return (days, years);
    }

    private TimeZoneInfo TimeZoneOf(CalendarRegion region) => TimeZoneInfo.FindSystemTimeZoneById(region switch
    {
        CalendarRegion.UnitedKingdom => options.Value.UnitedKingdomTimeZone,
        _ => sla.Value.TimeZone,
    });

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Demand(Actor actor)
    {
        if (!actor.Has(Permission.ManageCalendar))
        {
            throw ForbiddenException.Lacking(Permission.ManageCalendar);
        }
    }
}
