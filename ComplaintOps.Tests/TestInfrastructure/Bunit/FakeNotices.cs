using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Notices;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>In-memory notices of complaints (rows as the real query returns them: recipients already masked); records resends.</summary>
public sealed class FakeNotices : INoticeQueries, INoticeCommands
{
    public List<(Guid ComplaintId, NoticeRow Row)> Rows { get; } = [];

    public List<(Guid NoticeId, int Version, Actor Actor)> Resent { get; } = [];

    public Task<IReadOnlyList<NoticeRow>> ForComplaintAsync(Guid complaintId, Actor viewer, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NoticeRow>>([.. Rows.Where(r => r.ComplaintId == complaintId).Select(r => r.Row)]);

    public Task<Guid> ResendAsync(Guid noticeId, int expectedVersion, Actor actor, CancellationToken cancellationToken)
    {
        Resent.Add((noticeId, expectedVersion, actor));
        return Task.FromResult(Guid.CreateVersion7());
    }
}
