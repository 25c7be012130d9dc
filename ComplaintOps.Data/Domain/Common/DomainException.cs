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

/// <summary>The person may not do this: a permission is missing, or the complaint is outside their scope.</summary>
public sealed class ForbiddenException(string code, string message, Access.Permission? missing = null) : DomainException(code, message)
{
    /// <summary>The permission that would allow it, when one would.</summary>
    public Access.Permission? Missing { get; } = missing;

    public static ForbiddenException Lacking(Access.Permission permission) =>
        new("forbidden", $"This needs the permission {permission}.", permission);

    public static ForbiddenException OutOfScope() =>
        new("out_of_scope", "This complaint belongs to another department.");

    public static ForbiddenException NotYours() =>
        new("not_assigned_to_you", "This complaint is assigned to someone else.");
}
