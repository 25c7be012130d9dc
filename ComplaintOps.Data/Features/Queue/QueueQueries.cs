using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Queue;

/// <summary>The queue reads only the complaints table, on the (IsOpen, NextDueAtUtc) index; clock state compares stored instants with now.</summary>
public sealed class QueueQueries(IDbContextFactory<ComplaintOpsDbContext> dbFactory, TimeProvider clock) : IQueueQueries
{
    public async Task<PagedResult<QueueRow>> ListAsync(QueueQuery query, Actor viewer, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = true;   // "IsOpen = @open", not a bare "IsOpen": SQLite seeks an index only on a comparison
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var q = Filter(db, ComplaintScope.Visible(db.Complaints.AsNoTracking(), viewer).Where(c => c.IsOpen == open), query, now);
        var total = await q.CountAsync(cancellationToken);
        var skip = Math.Max(0, query.Skip);
        var take = Math.Clamp(query.Take, 1, 500);
        if (query.Sort is QueueSort.Newest or QueueSort.Oldest or QueueSort.Severity)
        {
            return new PagedResult<QueueRow>(await PageAsync(Sort(q, query.Sort), skip, take, now, cancellationToken), total);
        }

        // Due soonest, undated last, read as two index-ordered parts (dated by due date, then undated) rather than one
        // ORDER BY "NextDueAtUtc" IS NULL, which no index serves: that sorted every open complaint for each page.
        var dated = q.Where(c => c.NextDueAtUtc != null);
        var rows = await PageAsync(dated.OrderBy(c => c.NextDueAtUtc).ThenBy(c => c.Id), skip, take, now, cancellationToken);
        if (rows.Count < take)
        {
            var datedTotal = rows.Count > 0 ? skip + rows.Count : await dated.CountAsync(cancellationToken);
            var undated = q.Where(c => c.NextDueAtUtc == null).OrderBy(c => c.Id);
            rows.AddRange(await PageAsync(undated, Math.Max(0, skip - datedTotal), take - rows.Count, now, cancellationToken));
        }

        return new PagedResult<QueueRow>(rows, total);
    }

    private static Task<List<QueueRow>> PageAsync(IQueryable<Complaint> sorted, int skip, int take, DateTimeOffset now, CancellationToken cancellationToken) =>
        sorted.Skip(skip).Take(take)
            .Select(c => new QueueRow(c.Id, c.Reference, c.Subject, c.Status, c.Department, c.HandlerName, c.Category, c.Severity, c.Channel,
                c.CustomerTier, c.RegisteredAtUtc, c.NextDueAtUtc, c.NextDueClock,
                c.NextDueAtUtc == null ? null
                : c.NextDueAtUtc < now ? ClockState.Breached
                : c.NextAtRiskAtUtc <= now ? ClockState.AtRisk
                : ClockState.OnTime))
            .ToListAsync(cancellationToken);

    private static IQueryable<Complaint> Filter(ComplaintOpsDbContext db, IQueryable<Complaint> q, QueueQuery f, DateTimeOffset now)
    {
        if (f.Topic is { } topic)
        {
            int? id = topic.Value;
            q = q.Where(c => db.TopicAssignments.Any(a => a.ComplaintId == c.Id && a.IsCurrent && a.TopicId == id));
        }

        if (f.Product is { Length: > 0 } product)
        {
            q = q.Where(c => c.Product == product);
        }

        if (f.RegisteredFromUtc is { } from)
        {
            q = q.Where(c => c.RegisteredAtUtc >= from);
        }

        if (f.RegisteredBeforeUtc is { } before)
        {
            q = q.Where(c => c.RegisteredAtUtc < before);
        }

        if (f.Department is { } department)
        {
            q = q.Where(c => c.Department == department);
        }

        if (f.HandlerName is { Length: > 0 } handler)
        {
            q = q.Where(c => c.HandlerName == handler);
        }

        if (f.Category is { } category)
        {
            q = q.Where(c => c.Category == category);
        }

        if (f.Severity is { } severity)
        {
            q = q.Where(c => c.Severity == severity);
        }

        if (f.Channel is { } channel)
        {
            q = q.Where(c => c.Channel == channel);
        }

        if (f.Status is { } status)
        {
            q = q.Where(c => c.Status == status);
        }

        if (f.ClockKind is { } kind)
        {
            q = q.Where(c => c.NextDueClock == kind);
        }

        if (f.VipOnly)
        {
            q = q.Where(c => c.CustomerTier == Domain.Reference.CustomerTier.Vip);
        }

        return f.ClockState switch
        {
            ClockState.Breached => q.Where(c => c.NextDueAtUtc < now),
            ClockState.AtRisk => q.Where(c => c.NextAtRiskAtUtc <= now && c.NextDueAtUtc >= now),
            ClockState.OnTime => q.Where(c => c.NextAtRiskAtUtc > now),
            _ => q,
        };
    }

    private static IQueryable<Complaint> Sort(IQueryable<Complaint> q, QueueSort sort) => sort switch
    {
        QueueSort.Newest => q.OrderByDescending(c => c.RegisteredAtUtc).ThenBy(c => c.Id),
        QueueSort.Oldest => q.OrderBy(c => c.RegisteredAtUtc).ThenBy(c => c.Id),
        QueueSort.Severity => q.OrderByDescending(c => c.Severity == Domain.Reference.Severity.Major).ThenByDescending(c => c.Severity == Domain.Reference.Severity.High)
            .ThenBy(c => c.NextDueAtUtc).ThenBy(c => c.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "Due soonest is read in two parts by ListAsync."),
    };
}
