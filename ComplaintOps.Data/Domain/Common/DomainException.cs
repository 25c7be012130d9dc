namespace ComplaintOps.Data.Domain.Common;

/// <summary>A business rule refused a request. Nothing was changed.</summary>
public class DomainException(string code, string message) : Exception(message)
{
    /// <summary>Stable machine-readable code, e.g. <c>invalid_transition</c>.</summary>
    public string Code { get; } = code;
}

/// <summary>The trigger is not allowed from the complaint's current state.</summary>
public sealed class InvalidTransitionException(Complaints.ComplaintStatus from, Complaints.ComplaintTrigger trigger)
    : DomainException("invalid_transition", $"'{trigger}' is not allowed while the complaint is {from}.")
{
    public Complaints.ComplaintStatus From { get; } = from;
    public Complaints.ComplaintTrigger Trigger { get; } = trigger;
}

/// <summary>Someone else changed the complaint since the caller read it.</summary>
public sealed class ConcurrencyConflictException(Guid complaintId, int expectedVersion, int actualVersion)
    : DomainException("concurrency_conflict",
        $"Complaint {complaintId} was changed by someone else (you saw version {expectedVersion}, it is now {actualVersion}). Reload and try again.")
{
    public Guid ComplaintId { get; } = complaintId;
}

/// <summary>The referenced object does not exist.</summary>
public sealed class NotFoundException(string what, object key) : DomainException("not_found", $"{what} '{key}' was not found.");
