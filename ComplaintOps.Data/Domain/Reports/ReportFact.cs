using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Domain.Reports;

/// <summary>What the reports need of one complaint: no names, contact details or free text, only codes, instants and amounts.</summary>
public sealed record ReportFact(
    Guid Id,
    ComplaintStatus Status,
    Channel Channel,
    string? Category,
    string? Product,
    string? Region,
    Severity? Severity,
    string? Department,
    string SlaPolicyName,
    DateTimeOffset ReceivedAtUtc,
    DateTimeOffset? ClosedAtUtc,
    decimal CompensationAmount,
    bool CompensationAuthorized,
    bool IsMajor,
    bool RegulatorTransfer,
    DateTimeOffset? RegulatorReportedAtUtc,
    int Round,
    bool ReviewRequested,
    ReviewOutcome? ReviewOutcome,
    int? Satisfaction,
    int RepeatCount,
    TopicKey? Topic,
    IReadOnlyList<ReportClock> Clocks);

/// <summary>A clock's due and met instants (the timely rate, <see cref="Kpis.Kpi.IsMetOnTime"/>).</summary>
public sealed record ReportClock(DateTimeOffset DueAtUtc, DateTimeOffset? MetAtUtc);
