using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Domain.Supervision;

namespace ComplaintOps.Data.Features.Supervision;

/// <summary>A running clock of a complaint on a work list: which, when due, and its state now.</summary>
public sealed record DueClock(ClockKind Kind, DateTimeOffset DueAtUtc, ClockState State);

/// <summary>Something recorded on the complaint that backs the proposal (a note, an authorization, an earlier return).</summary>
public sealed record ReviewEvidence(string Kind, string ActorName, DateTimeOffset AtUtc, string? Text);

/// <summary>A result waiting for the supervisor's approval: the proposal, its evidence, compensation and tier, and the clocks.</summary>
public sealed record ReviewItem(
    Guid Id, string Reference, int Version, string Subject, string? Category, Severity? Severity, string? Department, string? HandlerName,
    string CustomerName, CustomerTier CustomerTier, int Round, DateTimeOffset? SubmittedAtUtc,
    string? RootCause, string? Measures, string? ResolutionOwner,
    CompensationKind CompensationKind, decimal CompensationAmount, bool CompensationAuthorized, StaffRole? RequiredApprovalRole, string? CompensationAuthorizedBy,
    IReadOnlyList<ReviewEvidence> Evidence, IReadOnlyList<DueClock> Clocks);

/// <summary>The feedback team's three kinds of work.</summary>
public enum FeedbackWorkKind
{
    /// <summary>Approved: the decision notice is to be given.</summary>
    FeedbackDue,
    /// <summary>Decision given: the satisfaction callback is to be made.</summary>
    CallbackDue,
    /// <summary>A low score opened a follow-up that is not done.</summary>
    FollowUpOpen,
}

/// <summary>One line of the feedback work list; the customer's name is masked.</summary>
public sealed record FeedbackWorkItem(
    FeedbackWorkKind Kind, Guid Id, string Reference, int Version, string Subject, string? Category, string? Department, string Language,
    string CustomerName, CustomerTier CustomerTier, Channel? PreferredContact, DueClock? Clock, DateTimeOffset? DecisionSentAtUtc,
    int CallbackAttempts, int? Satisfaction, string? LowScoreReason);

/// <summary>The sample a month and a seed give now (before or without drawing it).</summary>
public sealed record SpotCheckPreview(DateOnly Month, long Seed, int Population, int SampleSize, IReadOnlyList<Guid> Sample);

public sealed record SpotCheckSummary(
    Guid Id, DateOnly Month, long Seed, int Population, int SampleSize, int Checked, int Passed, double? PassRate, int ReworkRequested,
    SpotCheckStatus Status, string DrawnByName, DateTimeOffset DrawnAtUtc, DateTimeOffset? CompletedAtUtc, int Version);

public sealed record SpotCheckCaseView(
    Guid Id, int Position, Guid ComplaintId, string Reference, string? Subject, string? Category, string? Department, string? HandlerName,
    DateTimeOffset? ClosedAtUtc, int? Satisfaction, IReadOnlyDictionary<SpotCheckItem, CheckAnswer> Answers, string? Finding, bool? Passed,
    bool ReworkRequested, string? ReworkNote, string? CheckedByName, DateTimeOffset? CheckedAtUtc);

public sealed record SupervisionEventView(string Kind, string ActorName, DateTimeOffset AtUtc, string? Detail);

public sealed record SpotCheckDetail(SpotCheckSummary Summary, IReadOnlyList<SpotCheckCaseView> Cases, IReadOnlyList<SupervisionEventView> History);

public sealed record ReplyTemplateDto(
    Guid Id, string Category, string Language, string Title, string Verification, string Basis, string Reasons, bool Retired,
    string ChangedByName, DateTimeOffset ChangedAtUtc, int Version)
{
    public ReplyTemplateText Text => new(Category, Language, Title, Verification, Basis, Reasons);
}
