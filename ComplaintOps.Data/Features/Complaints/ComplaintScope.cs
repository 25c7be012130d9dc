using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Complaints;

/// <summary><see cref="ComplaintAccess.CanView"/> as a query filter: lists, queue, search and exports read only what the viewer may see.</summary>
public static class ComplaintScope
{
    public static IQueryable<Complaint> Visible(IQueryable<Complaint> complaints, Actor viewer)
    {
        if (!viewer.Has(Permission.ViewComplaints))
        {
            return complaints.Where(_ => false);
        }

        if (viewer.Has(Permission.AllDepartments))
        {
            return complaints;
        }

        var department = viewer.Department;
        var id = viewer.Id;
        return complaints.Where(c => (department != null && c.Department == department) || c.HandlerId == id);
    }
}
