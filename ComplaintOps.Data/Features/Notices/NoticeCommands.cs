using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Notices;

public sealed class NoticeCommands(IDbContextFactory<ComplaintOpsDbContext> dbFactory, HandlingRulesProvider rulesProvider, TimeProvider clock)
    : INoticeCommands
{
    public async Task<Guid> ResendAsync(Guid noticeId, int expectedVersion, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var notice = await db.Notices.SingleOrDefaultAsync(n => n.Id == noticeId, cancellationToken) ?? throw new NotFoundException("Notice", noticeId);
        var complaintId = notice.ComplaintId ?? throw new DomainException("validation_failed", "Only a complaint's notice is sent again from its page.");
        var complaint = await db.Complaints.Include(c => c.Clocks).SingleOrDefaultAsync(c => c.Id == complaintId, cancellationToken)
                        ?? throw new NotFoundException("Complaint", complaintId);
        if (notice.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(complaintId, expectedVersion, notice.Version);
        }

        var now = clock.GetUtcNow();
        complaint.RecordNoticeResent(notice, actor, now, await rulesProvider.GetAsync(complaint.SlaPolicyName, cancellationToken));
        var again = notice.Resend(now);
        db.Notices.Add(again);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(complaintId, expectedVersion, expectedVersion + 1);
        }

        return again.Id;
    }
}
