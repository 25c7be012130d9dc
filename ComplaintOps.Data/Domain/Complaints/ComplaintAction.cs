using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>
/// A request to fire one trigger, with whatever that trigger needs. Which fields are required depends on the trigger;
/// <see cref="Complaint.Apply"/> checks them and refuses the action, changing nothing, when one is missing.
/// </summary>
public sealed record ComplaintAction(ComplaintTrigger Trigger)
{
    public string? Reason { get; init; }

    public string? Note { get; init; }

    // Classify
    public string? Category { get; init; }

    public Severity? Severity { get; init; }

    // Assign / Reassign
    public string? Department { get; init; }

    public string? HandlerId { get; init; }

    public string? HandlerName { get; init; }

    // ProposeResolution
    public string? RootCause { get; init; }

    public string? Measures { get; init; }

    public string? ResolutionOwner { get; init; }

    public CompensationKind CompensationKind { get; init; }

    public decimal CompensationAmount { get; init; }

    // GiveFeedback
    public Channel? FeedbackChannel { get; init; }

    // Close
    public int? Satisfaction { get; init; }

    public int CallbackAttempts { get; init; }

    // Pause
    public PauseReason? PauseReason { get; init; }

    public bool CustomerNotified { get; init; }

    // Extend
    public int ExtensionDays { get; init; }

    public string? Approver { get; init; }

    public string? CustomerNotice { get; init; }

    // Merge / RecordRepeat
    public Guid? RelatedComplaintId { get; init; }

    public bool HasNewFacts { get; init; }
}
