using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>
/// Closes the case after the callback. Refused while a follow-up is open or a regulator still waits for a report: the
/// case cannot close with an obligation outstanding.
/// </summary>
public sealed record Close : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.Close;

    internal override void Check(Complaint complaint, ActivityContext context)
    {
        Require(complaint.CallbackRecorded, "callback", "Record the satisfaction callback first.");
        Require(!complaint.FollowUpOpen, "followUp", "Complete the follow-up of the low score first.");
        if (complaint.ReportOwed)
        {
            throw new DomainException("report_pending", "Report to the regulator before closing.");
        }
    }

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
        complaint.ClosedAtUtc = context.NowUtc;
        complaint.StopAllClocks(context.NowUtc);   // e.g. an acknowledgement never sent: stopped, and still breached if overdue
    }
}
