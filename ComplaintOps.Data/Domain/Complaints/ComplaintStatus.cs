namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>Lifecycle states (DESIGN §1).</summary>
public enum ComplaintStatus
{
    Registered,
    Classified,
    Assigned,
    Investigating,
    ResolutionProposed,
    UnderReview,
    Resolved,
    FeedbackGiven,
    Closed,
    Appealed,
    /// <summary>The customer asked for a 核查 review of the decision; a reviewer outside the original department decides.</summary>
    ReviewRequested,
    Withdrawn,
    Rejected,
    /// <summary>A repeat complaint folded into an earlier one.</summary>
    Merged,
}

public static class ComplaintStatusExtensions
{
    /// <summary>No further transitions: the complaint has left the process for good.</summary>
    public static bool IsTerminal(this ComplaintStatus status) =>
        status is ComplaintStatus.Withdrawn or ComplaintStatus.Rejected or ComplaintStatus.Merged;

    /// <summary>Still being worked on (counts in queues).</summary>
    public static bool IsOpen(this ComplaintStatus status) =>
        !status.IsTerminal() && status is not ComplaintStatus.Closed;
}
