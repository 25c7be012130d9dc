using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Governance;

public sealed partial class ActionEscalation(IDbContextFactory<ComplaintOpsDbContext> dbFactory, IOptions<SlaOptions> sla, ILogger<ActionEscalation> logger)
    : IActionEscalation
{
    /// <summary>Who the escalation events name: the scheduler, not a person.</summary>
    public static readonly Actor Scheduler = Actor.System("scheduler", "Scheduler");

    private readonly TimeZoneInfo _zone = sla.Value.Zone;

    public async Task<int> EscalateOverdueAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        var today = LocalDays.Of(nowUtc, _zone);
        List<Guid> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await db.RootCauseActions.AsNoTracking()
                .Where(a => a.Status != RootCauseActionStatus.Done && a.DueDate < today && a.EscalatedAtUtc == null)
                .OrderBy(a => a.DueDate).Select(a => a.Id).ToListAsync(cancellationToken);
        }

        var escalated = 0;
        foreach (var id in due)
        {
            if (await EscalateOneAsync(id, today, nowUtc, cancellationToken))
            {
                escalated++;
            }
        }

        return escalated;
    }

    // One transaction per action: its escalation event and notice commit together, and a concurrent run that got there
    // first makes this one's save fail on the version token instead of sending a second notice.
    private async Task<bool> EscalateOneAsync(Guid id, DateOnly today, DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var action = await db.RootCauseActions.SingleAsync(a => a.Id == id, cancellationToken);
        var ownerDepartment = await db.Staff.Where(s => s.Id == action.OwnerId).Select(s => s.Department).SingleOrDefaultAsync(cancellationToken);
        var department = ownerDepartment ?? action.Department;
        var head = await (from s in db.Staff
                          where s.Role == StaffRole.DepartmentHead && s.Department == department
                          join u in db.Users on s.Id equals u.StaffId
                          where u.Email != null
                          orderby s.Id
                          select new { s.Id, s.Name, s.Department, u.Email }).FirstOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            LogNoHead(logger, action.Id, department);
            return false;
        }

        var to = new ActionOwner(head.Id, head.Name, head.Department);
        if (!action.Escalate(today, to, nowUtc, Scheduler))
        {
            return false;
        }

        db.GovernanceEvents.AddRange(action.NewEvents);
        db.Notices.Add(OverdueNotice.For(action, to, head.Email!, today, nowUtc));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;   // changed meanwhile (escalated by another instance, or completed): the next run decides again
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Overdue action {ActionId} not escalated: department {Department} has no head with an account e-mail")]
    private static partial void LogNoHead(ILogger logger, Guid actionId, string? department);
}
