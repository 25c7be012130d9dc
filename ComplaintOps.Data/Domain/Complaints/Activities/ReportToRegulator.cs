using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>
/// Reports to the regulator — the result of a transferred case (CBRC 2012 item 10) or a major complaint (art. 29) — and
/// keeps what was sent. This, not the internal approval, meets the regulator's clock.
/// </summary>
public sealed record ReportToRegulator(RegulatorReportKind Kind, string Report, string ProofOfSending) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.ReportToRegulator;

    internal override string? Remark => Report;

    private ClockKind Clock => Kind == RegulatorReportKind.TransferResult ? ClockKind.Regulator : ClockKind.MajorReport;

    internal override void Check(Complaint complaint, ActivityContext context)
    {
        if (complaint.Running(Clock) is null)
        {
            throw new DomainException("no_report_due", "No report to the regulator is due.");
        }

        if (Kind == RegulatorReportKind.TransferResult && complaint.ResolvedAtUtc is null)
        {
            throw new DomainException("no_result_yet", "Report the result once it is approved.");
        }

        RequireText(Report, "report", "Record what was reported.");
        RequireText(ProofOfSending, "proofOfSending", "Record how it was sent (reference, receipt).", ComplaintLimits.Reference);
    }

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
        complaint.Running(Clock)!.Meet(context.NowUtc);
        complaint.RegulatorReport = Report.Trim();
        complaint.RegulatorReportedAtUtc = context.NowUtc;
    }

    internal override IEnumerable<(string, string?)> Details() =>
        [("reportKind", Kind.ToString()), ("proofOfSending", ProofOfSending)];
}
