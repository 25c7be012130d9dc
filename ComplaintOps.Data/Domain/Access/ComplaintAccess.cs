using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Access;

/// <summary>
/// Which complaints a person may see and act on. Handlers and department heads work within their department — a
/// handler only on complaints assigned to them (or unassigned ones, where the role allows); people with
/// <see cref="Permission.AllDepartments"/> (intake, supervision, feedback, management, compliance, audit) across all.
/// </summary>
public static class ComplaintAccess
{
    public static bool CanView(Actor viewer, string? department, string? handlerId) =>
        viewer.Has(Permission.ViewComplaints)
        && (viewer.Has(Permission.AllDepartments)
            || (viewer.Department is not null && department == viewer.Department)
            || (handlerId is not null && handlerId == viewer.Id));

    /// <summary>Why <paramref name="actor"/> may not fire <paramref name="trigger"/> on this complaint, or null when they may.</summary>
    public static ForbiddenException? Refusal(Complaint complaint, Actor actor, ComplaintTrigger trigger)
    {
        var needed = TriggerPermissions.For(trigger);
        if (!actor.Has(needed))
        {
            return ForbiddenException.Lacking(needed);
        }

        if (!CanView(actor, complaint.Department, complaint.HandlerId))
        {
            return ForbiddenException.OutOfScope();
        }

        var personalWork = needed is Permission.HandleComplaint or Permission.AcknowledgeComplaint;
        var managesQueue = actor.Has(Permission.AllDepartments) || actor.Has(Permission.AssignComplaint);
        if (personalWork && !managesQueue && complaint.HandlerId != actor.Id
            && !(complaint.HandlerId is null && actor.Has(Permission.TakeUnassigned)))
        {
            return ForbiddenException.NotYours();
        }

        return null;
    }

    /// <summary>Someone without <see cref="Permission.AllDepartments"/> routes only within their own department.</summary>
    public static ForbiddenException? RoutingRefusal(Actor actor, string? targetDepartment) =>
        actor.Has(Permission.AllDepartments) || targetDepartment == actor.Department ? null : ForbiddenException.OutOfScope();
}
