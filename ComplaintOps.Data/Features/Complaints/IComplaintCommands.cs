using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Complaints;

public sealed record RegistrationResult(Guid Id, string Reference, int Version, bool Created);

/// <summary>Use cases that change complaints. Each call is one unit of work on its own short-lived context.</summary>
public interface IComplaintCommands
{
    /// <summary>
    /// The field errors of a complaint about to be registered, checked against now and the calendar of the profile it
    /// would be handled under — the same check <see cref="RegisterAsync"/> makes, for forms and the API to answer per field.
    /// </summary>
    Task<IReadOnlyList<FieldError>> ValidateAsync(NewComplaint complaint, CancellationToken cancellationToken);

    /// <summary>Registers a complaint. With an idempotency key, a retry of the same request returns the first result and writes nothing.</summary>
    Task<RegistrationResult> RegisterAsync(NewComplaint complaint, Actor actor, string? idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Carries out one activity on the version the caller saw. Returns the new version.</summary>
    /// <exception cref="Domain.Common.ConcurrencyConflictException">Someone changed the complaint in between.</exception>
    Task<int> ApplyAsync(Guid complaintId, int expectedVersion, ComplaintActivity activity, Actor actor, CancellationToken cancellationToken);

    /// <summary>Folds a repeat complaint into an earlier one; new facts restart the earlier one's resolve clock.</summary>
    Task MergeAsync(Guid duplicateId, int duplicateVersion, Guid intoId, bool hasNewFacts, Actor actor, CancellationToken cancellationToken);
}
