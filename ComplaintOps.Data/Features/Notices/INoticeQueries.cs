using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Notices;

public interface INoticeQueries
{
    /// <summary>The complaint's notices, newest first; empty when the viewer may not see the complaint.</summary>
    Task<IReadOnlyList<NoticeRow>> ForComplaintAsync(Guid complaintId, Actor viewer, CancellationToken cancellationToken);
}
