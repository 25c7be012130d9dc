using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Calendar;

/// <summary>
/// Merges every shipped (region, year) file the database has not had yet. A year is merged once (its
/// <see cref="CalendarYearLoad"/> record): a holiday removed by hand later stays removed. Within the year a day that
/// exists already (added or changed by hand) wins over the file.
/// </summary>
public sealed class CalendarYearMerger(IShippedCalendars shipped, TimeProvider clock)
{
    public async Task<IReadOnlyList<CalendarYearLoad>> MergeAsync(ComplaintOpsDbContext db, CancellationToken cancellationToken)
    {
        var applied = await db.CalendarYearLoads.AsNoTracking().Select(l => new { l.Region, l.Year }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var loads = new List<CalendarYearLoad>();
        foreach (var file in shipped.All().Where(f => !applied.Any(a => a.Region == f.Region && a.Year == f.Year)))
        {
            var from = new DateOnly(file.Year, 1, 1);
            var to = new DateOnly(file.Year, 12, 31);
            var existing = await db.CalendarDays.AsNoTracking()
                .Where(d => d.Region == file.Region && d.Date >= from && d.Date <= to).ToListAsync(cancellationToken);
            // Days of the year but none edited by hand: written by the seed of a version before year records. Taken as
            // the year's load, so that holidays removed then are not brought back now.
            var seededBefore = existing.Count > 0 && existing.All(d => !d.IsLocalEdit);
            var taken = existing.Select(d => d.Date).ToHashSet();
            var added = seededBefore ? [] : file.Days.Where(d => d.Region == file.Region && !taken.Contains(d.Date)).ToList();
            db.CalendarDays.AddRange(added);
            var load = new CalendarYearLoad(file.Region, file.Year, now, added.Count);
            db.CalendarYearLoads.Add(load);
            loads.Add(load);
        }

        await db.SaveChangesAsync(cancellationToken);
        return loads;
    }
}
