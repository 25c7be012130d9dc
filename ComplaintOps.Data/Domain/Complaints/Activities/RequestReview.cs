using System.Globalization;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>
/// 核查 (2020 measures art. 20): the customer asks the institution to review its decision, within the profile's window
/// (30 days) of receiving it. The review has its own clock and is routed to a reviewer outside the department that
/// decided. Distinct from an <see cref="Appeal"/>, which sends the case round again.
/// </summary>
public sealed record RequestReview(DateOnly DecisionReceivedOn, string Reason, string ReviewerDepartment, string? ReviewerId = null,
    string? ReviewerName = null) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.RequestReview;

    internal override string? Remark => Reason;

    internal override void Check(Complaint complaint, ActivityContext context)
    {
        var rule = context.Rules.Policy.Review ?? throw new DomainException("review_not_offered", "This profile offers no 核查 review.");
        RequireText(Reason, "reason", "A reason is required.");
        var calendar = context.Rules.Calendar;
        var today = calendar.LocalDate(context.NowUtc);
        var sent = complaint.DecisionSentAtUtc is { } at ? calendar.LocalDate(at) : today;
        Require(DecisionReceivedOn >= sent && DecisionReceivedOn <= today, "decisionReceivedOn",
            $"The decision was sent on {sent:yyyy-MM-dd}; it cannot have been received before that or after today.");
        if (today.DayNumber - DecisionReceivedOn.DayNumber > rule.WindowDays)
        {
            throw new DomainException("review_window_closed",
                $"A review must be requested within {rule.WindowDays} days of receiving the decision ({DecisionReceivedOn:yyyy-MM-dd}).");
        }

        Require(Departments.Exists(ReviewerDepartment), "department", "A known department is required.");
        if (ReviewerDepartment == complaint.Department)
        {
            throw new DomainException("reviewer_not_independent", "The review must be done outside the department that decided.");
        }
    }

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
        complaint.StopHandlingClocks(context.NowUtc);
        complaint.OriginalDepartment = complaint.Department;
        complaint.Department = ReviewerDepartment;
        complaint.HandlerId = ReviewerId;
        complaint.HandlerName = ReviewerName;
        complaint.ReviewDecisionReceivedOn = DecisionReceivedOn;
        complaint.ReviewOutcome = null;
        complaint.StartClock(ClockKind.Review, context.NowUtc, context.Rules);
    }

    internal override IEnumerable<(string, string?)> Details() =>
    [
        ("decisionReceivedOn", DecisionReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("department", ReviewerDepartment), ("handlerId", ReviewerId), ("handlerName", ReviewerName),
    ];
}

/// <summary>The reviewer's decision on a 核查 request: the original decision stands or is changed, with reasons.</summary>
public sealed record DecideReview(ReviewOutcome Outcome, string Reasons) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.DecideReview;

    internal override string? Remark => Reasons;

    internal override void Check(Complaint complaint, ActivityContext context)
    {
        RequireText(Reasons, "reasons", "State the reasons for the review decision.");
        if (complaint.ReportOwed)
        {
            throw new DomainException("report_pending", "Report to the regulator before closing.");
        }
    }

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
        complaint.ReviewOutcome = Outcome;
        complaint.Running(ClockKind.Review)?.Meet(context.NowUtc);
        complaint.ClosedAtUtc = context.NowUtc;
        complaint.StopAllClocks(context.NowUtc);
    }

    internal override IEnumerable<(string, string?)> Details() => [("outcome", Outcome.ToString())];
}
