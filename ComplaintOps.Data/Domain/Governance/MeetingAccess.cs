using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Governance;

/// <summary>
/// Who sees what of the review meetings: <see cref="Permission.ViewMeetings"/> opens them; without
/// <see cref="Permission.AllDepartments"/> a viewer sees only the agenda items and action items of their own department
/// (and the action items they own).
/// </summary>
public static class MeetingAccess
{
    public static void DemandView(Actor viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.Has(Permission.ViewMeetings) && !viewer.Has(Permission.RunMeetings))
        {
            throw ForbiddenException.Lacking(Permission.ViewMeetings);
        }
    }

    /// <summary>Whether the viewer sees an item or action answered for by <paramref name="department"/>.</summary>
    public static bool CanSee(Actor viewer, string? department) =>
        viewer.Has(Permission.AllDepartments) || (department is not null && string.Equals(department, viewer.Department, StringComparison.Ordinal));

    public static bool CanSee(Actor viewer, RootCauseAction action) =>
        CanSee(viewer, action.Department) || (action.OwnerId.Length > 0 && action.OwnerId == viewer.Id);
}
