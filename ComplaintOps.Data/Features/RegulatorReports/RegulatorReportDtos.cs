using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Features.RegulatorReports;

/// <summary>
/// The facts a major-complaint report (art. 29) is prefilled with. Free text passes through the personal-data masker and
/// no customer is named: the report leaves the institution, and the regulator needs how many, how much and what was done.
/// </summary>
public sealed record RegulatorReportDraft(
    string Subject,
    string Summary,
    string? Category,
    string? Product,
    string? PartnerCode,
    int CustomersAffected,
    decimal? DisputedAmount,
    decimal CompensationAmount,
    string? RootCause,
    string? Measures,
    ComplaintStatus Status,
    DateTimeOffset ReceivedAtUtc,
    DateTimeOffset DesignatedAtUtc);

/// <summary>A major complaint whose report to the regulator is owed, with its MajorReport clock.</summary>
public sealed record RegulatorReportTask(
    Guid ComplaintId,
    string Reference,
    int Version,
    string? Department,
    MajorReason? Reason,
    DateTimeOffset DueAtUtc,
    ClockState ClockState,
    RegulatorReportDraft Draft);

/// <summary>An open complaint that meets the profile's major-complaint rule but is not designated major.</summary>
public sealed record MajorCandidate(
    Guid ComplaintId,
    string Reference,
    int Version,
    string Subject,
    int Complainants,
    decimal? DisputedAmount,
    MajorReason MeetsBy,
    DateTimeOffset ReceivedAtUtc);

/// <summary>The compliance work list: reports due (soonest first) and complaints to designate.</summary>
public sealed record RegulatorReportList(IReadOnlyList<RegulatorReportTask> Due, IReadOnlyList<MajorCandidate> MeetsMajorRule);
