using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Governance;

/// <summary>Reads of joint review meetings; each needs ViewMeetings (or RunMeetings) and shows a department-scoped viewer only their department's items.</summary>
public interface IReviewMeetingQueries
{
    /// <summary>Newest period first.</summary>
    Task<IReadOnlyList<MeetingRow>> ListAsync(Actor viewer, CancellationToken cancellationToken);

    /// <summary>The frozen agenda as stored (nothing is recomputed); null when there is no such meeting.</summary>
    Task<MeetingDetail?> GetAsync(Guid id, Actor viewer, CancellationToken cancellationToken);

    /// <summary>Current figures of the viewer's items (topic, product or department), for the presentation mode.</summary>
    Task<IReadOnlyList<LiveFigures>> LiveAsync(Guid id, Actor viewer, CancellationToken cancellationToken);

    /// <summary>Products and active partners an action item may target.</summary>
    Task<TargetChoices> TargetChoicesAsync(CancellationToken cancellationToken);
}
