using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>Records the commands the UI sends; <see cref="ApplyFailure"/> makes ApplyAsync throw instead.</summary>
public sealed class FakeComplaintCommands : IComplaintCommands
{
    public sealed record AppliedCall(Guid ComplaintId, int ExpectedVersion, ComplaintActivity Action, Actor Actor);

    public sealed record MergedCall(Guid DuplicateId, int DuplicateVersion, Guid IntoId, bool HasNewFacts, Actor Actor);

    public sealed record RegisteredCall(NewComplaint Complaint, Actor Actor, string? IdempotencyKey);

    public List<AppliedCall> Applied { get; } = [];

    public List<MergedCall> Merged { get; } = [];

    public List<RegisteredCall> Registered { get; } = [];

    public Exception? ApplyFailure { get; set; }

    public Guid NextRegisteredId { get; set; } = Guid.NewGuid();

    /// <summary>The real field rules against <see cref="Clock"/> in the China calendar (the default profile's).</summary>
    public Task<IReadOnlyList<FieldError>> ValidateAsync(NewComplaint complaint, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        return Task.FromResult(NewComplaintValidator.Check(complaint, now, TestRules.Calendar.LocalDate(now)));
    }

    /// <summary>The clock validation reads; the bUnit context sets its own.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public Task<RegistrationResult> RegisterAsync(NewComplaint complaint, Actor actor, string? idempotencyKey, CancellationToken cancellationToken)
    {
        Registered.Add(new RegisteredCall(complaint, actor, idempotencyKey));
        return Task.FromResult(new RegistrationResult(NextRegisteredId, "CP20261123-TEST000001", 1, Registered.Count == 1));
    }

    public Task<int> ApplyAsync(Guid complaintId, int expectedVersion, ComplaintActivity action, Actor actor, CancellationToken cancellationToken)
    {
        Applied.Add(new AppliedCall(complaintId, expectedVersion, action, actor));
        return ApplyFailure is { } failure ? Task.FromException<int>(failure) : Task.FromResult(expectedVersion + 1);
    }

    public Task MergeAsync(Guid duplicateId, int duplicateVersion, Guid intoId, bool hasNewFacts, Actor actor, CancellationToken cancellationToken)
    {
        Merged.Add(new MergedCall(duplicateId, duplicateVersion, intoId, hasNewFacts, actor));
        return Task.CompletedTask;
    }
}
