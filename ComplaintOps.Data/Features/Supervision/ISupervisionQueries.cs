using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Supervision;

/// <summary>
/// The supervision and feedback work lists, for one viewer: only complaints in their scope, the customer's name masked.
/// Approving, returning and recording a callback go through IComplaintCommands.ApplyAsync with the complaint's activities.
/// </summary>
public interface ISupervisionQueries
{
    /// <summary>Results under review, nearest due first. Needs ReviewResolution.</summary>
    Task<IReadOnlyList<ReviewItem>> ReviewQueueAsync(Actor viewer, CancellationToken cancellationToken);

    /// <summary>Feedback due, callbacks due and open follow-ups, nearest due first. Needs FollowUpCustomer.</summary>
    Task<IReadOnlyList<FeedbackWorkItem>> FeedbackWorkAsync(Actor viewer, CancellationToken cancellationToken);
}
