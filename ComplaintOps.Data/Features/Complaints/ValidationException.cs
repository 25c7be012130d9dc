using ComplaintOps.Data.Domain.Common;

namespace ComplaintOps.Data.Features.Complaints;

/// <summary>Input failed validation; <see cref="Errors"/> names each bad field (camelCase, as in the API).</summary>
public sealed class ValidationException(IReadOnlyDictionary<string, string[]> errors)
    : DomainException("validation_failed", "One or more fields are invalid: " + string.Join(", ", errors.Keys) + ".")
{
    public ValidationException(IReadOnlyList<FieldError> failures)
        : this(NewComplaintValidator.ToDictionary(failures)) => Failures = failures;

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>The refusals with their codes, when the thrower had them (the UI localizes by code).</summary>
    public IReadOnlyList<FieldError> Failures { get; } = [];
}

/// <summary>An idempotency key was reused for a different request.</summary>
public sealed class IdempotencyKeyReusedException(string key)
    : DomainException("idempotency_key_reused", $"Idempotency key '{key}' was already used for a different request.");
