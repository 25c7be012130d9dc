using System.Globalization;
using System.Text.Json;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Administration;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Calendar;

public sealed class CalendarService(IDbContextFactory<ComplaintOpsDbContext> dbFactory, IOptions<SlaOptions> options, TimeProvider clock) : ICalendarService
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private BusinessCalendar? _cached;

    public async Task<BusinessCalendar> GetAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is null)
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
                _cached = new BusinessCalendar(TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone), days);
            }

            return _cached;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IReadOnlyList<CalendarDay>> ListAsync(int year, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync(cancellationToken);
    }

    public async Task SetDayAsync(DateOnly date, CalendarDayKind kind, string name, Actor actor, CancellationToken cancellationToken)
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

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var day = await db.CalendarDays.FindAsync([date], cancellationToken);
        if (day is null)
        {
            db.CalendarDays.Add(new CalendarDay(date, kind, name.Trim()));
        }
        else
        {
            day.Kind = kind;
            day.Name = name.Trim();
        }

        // Who changed the calendar is kept with the change (administration log, same save).
        db.AdminAuditEntries.Add(AdminAuditEntry.Record(actor, AdminActions.CalendarDaySet, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            JsonSerializer.Serialize(new { kind = kind.ToString(), name = name.Trim() }), clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        _cached = null;
    }

    public async Task RemoveDayAsync(DateOnly date, Actor actor, CancellationToken cancellationToken)
    {
        Demand(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var day = await db.CalendarDays.FindAsync([date], cancellationToken);
        if (day is null)
        {
            return;
        }

        db.CalendarDays.Remove(day);
        db.AdminAuditEntries.Add(AdminAuditEntry.Record(actor, AdminActions.CalendarDayRemoved, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            JsonSerializer.Serialize(new { kind = day.Kind.ToString(), name = day.Name }), clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        _cached = null;
    }

    private static void Demand(Actor actor)
    {
        if (!actor.Has(Permission.ManageCalendar))
        {
            throw ForbiddenException.Lacking(Permission.ManageCalendar);
        }
    }
}
