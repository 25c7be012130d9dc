using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>What assigning and reassigning share: a known department in the actor's reach, and no named employee as handler.</summary>
internal static class Routing
{
    public static void Check(Complaint complaint, Actor actor, string department, string? handlerId)
    {
        if (!Departments.Exists(department))
        {
            throw new DomainException("invalid_department", "A known department is required.");
        }

        if (ComplaintAccess.RoutingRefusal(actor, department) is { } refusal)
        {
            throw refusal;
        }

        if (handlerId is not null && complaint.NamedEmployeeIds.Contains(handlerId, StringComparer.OrdinalIgnoreCase))
        {
            throw new DomainException("recusal", $"The complaint names employee {handlerId}; they may not handle it (recusal).");
        }
    }

    public static void Apply(Complaint complaint, ActivityContext context, string department, string? handlerId, string? handlerName)
    {
        complaint.Department = department;
        complaint.HandlerId = handlerId;
        complaint.HandlerName = handlerName;
        complaint.Running(ClockKind.Route)?.Meet(context.NowUtc);
        if (complaint.Running(ClockKind.StartInvestigation) is null)
        {
            complaint.StartClock(ClockKind.StartInvestigation, context.NowUtc, context.Rules);
        }
    }

    public static IEnumerable<(string, string?)> Details(string department, string? handlerId, string? handlerName) =>
        [("department", department), ("handlerId", handlerId), ("handlerName", handlerName)];
}

/// <summary>Routes a classified complaint to a department (and optionally a handler).</summary>
public sealed record Assign(string Department, string? HandlerId = null, string? HandlerName = null) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.Assign;

    internal override void Check(Complaint complaint, ActivityContext context) => Routing.Check(complaint, context.Actor, Department, HandlerId);

    internal override void Apply(Complaint complaint, ActivityContext context) => Routing.Apply(complaint, context, Department, HandlerId, HandlerName);

    internal override IEnumerable<(string, string?)> Details() => Routing.Details(Department, HandlerId, HandlerName);
}

/// <summary>Moves an assigned complaint to another department or handler.</summary>
public sealed record Reassign(string Department, string? HandlerId = null, string? HandlerName = null) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.Reassign;

    internal override void Check(Complaint complaint, ActivityContext context) => Routing.Check(complaint, context.Actor, Department, HandlerId);

    internal override void Apply(Complaint complaint, ActivityContext context) => Routing.Apply(complaint, context, Department, HandlerId, HandlerName);

    internal override IEnumerable<(string, string?)> Details() => Routing.Details(Department, HandlerId, HandlerName);
}
