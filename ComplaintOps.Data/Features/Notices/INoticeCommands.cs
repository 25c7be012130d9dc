using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Notices;

public interface INoticeCommands
{
    /// <summary>
    /// Sends an abandoned notice again: a new pending copy, and a NoticeResent event on the complaint, in one transaction.
    /// Needs HandleComplaint or FollowUpCustomer within the complaint's scope. Returns the new notice's id.
    /// </summary>
    Task<Guid> ResendAsync(Guid noticeId, int expectedVersion, Actor actor, CancellationToken cancellationToken);
}
