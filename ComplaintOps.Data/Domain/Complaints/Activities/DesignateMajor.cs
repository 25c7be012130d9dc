using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>
/// Marks a complaint major (重大投诉, art. 29): caused by a disaster or accident, designated by the regulator, or meeting
/// the profile's complainant or amount rule. Raises the severity and starts the clock to report it to the regulator.
/// </summary>
public sealed record DesignateMajor(MajorReason Reason, string Note) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.DesignateMajor;

    internal override string? Remark => Note;

    internal override void Check(Complaint complaint, ActivityContext context)
    {
        Require(!complaint.IsMajor, "trigger", "The complaint is already major.");
        if (context.Rules.Policy.Major is null)
        {
            throw new DomainException("major_not_defined", $"The profile {context.Rules.Policy.Name} defines no major-complaint rule.");
        }

        RequireText(Note, "note", "Say why the complaint is major.");
    }

    internal override void Apply(Complaint complaint, ActivityContext context) => complaint.MarkMajor(Reason, context.NowUtc, context.Rules);

    internal override IEnumerable<(string, string?)> Details() => [("majorReason", Reason.ToString())];
}
