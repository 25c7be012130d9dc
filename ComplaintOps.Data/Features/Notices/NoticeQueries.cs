using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Notices;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Notices;

public sealed class NoticeQueries(IDbContextFactory<ComplaintOpsDbContext> dbFactory) : INoticeQueries
{
    public async Task<IReadOnlyList<NoticeRow>> ForComplaintAsync(Guid complaintId, Actor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await ComplaintScope.Visible(db.Complaints.AsNoTracking(), viewer).AnyAsync(c => c.Id == complaintId, cancellationToken))
        {
            return [];
        }

        var notices = await db.Notices.AsNoTracking().Where(n => n.ComplaintId == complaintId).ToListAsync(cancellationToken);
        var ordered = notices.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).ToList();
        return [.. ordered.Select(n => new NoticeRow(n.Id, n.Kind, n.Channel, Masked(n), n.Language, n.Subject, n.Status, n.Attempts,
            n.LastError, n.CreatedAtUtc, n.SentAtUtc, n.NextAttemptAtUtc, n.Version)
        {
            AwaitsResend = n.Status == NoticeStatus.Abandoned && n.ResentAsId is null,
        })];
    }

    private static string Masked(Notice notice) => notice.Channel == NoticeChannel.Email
        ? PersonalDataMask.Email(notice.Recipient)!
        : PersonalDataMask.Phone(notice.Recipient)!;
}
