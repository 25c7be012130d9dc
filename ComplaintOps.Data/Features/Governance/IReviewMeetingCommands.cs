using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Governance;

/// <summary>Running joint review meetings (RunMeetings). A stale version is refused with concurrency_conflict and changes nothing.</summary>
public interface IReviewMeetingCommands
{
    /// <summary>Builds and freezes the agenda from the period's data and stores the meeting; returns its id.</summary>
    Task<Guid> CreateAsync(NewMeeting meeting, Actor actor, CancellationToken cancellationToken);

    /// <summary>Returns the meeting's new version.</summary>
    Task<int> RecordFindingAsync(Guid meetingId, int expectedVersion, Guid itemId, ItemFinding finding, Actor actor, CancellationToken cancellationToken);

    Task<int> MarkHeldAsync(Guid meetingId, int expectedVersion, Actor actor, CancellationToken cancellationToken);

    Task<int> CloseAsync(Guid meetingId, int expectedVersion, Actor actor, CancellationToken cancellationToken);
}
