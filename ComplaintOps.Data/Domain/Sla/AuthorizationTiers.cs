using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Sla;

/// <summary>What a resolution may give the customer.</summary>
public enum CompensationKind
{
    None,
    Refund,
    Compensation,
    Gift,
    WrittenApology,
}

/// <summary>Authorization tiers (授权机制): the amount a person may grant on their own, by the tier permission they hold.</summary>
public sealed record AuthorizationTiers(decimal HandlerLimit, decimal DepartmentHeadLimit)
{
    public static readonly AuthorizationTiers Default = new(1_000m, 10_000m);

    public decimal LimitOf(Actor actor) =>
        actor.Has(Permission.CompensationUnlimited) ? decimal.MaxValue
        : actor.Has(Permission.CompensationDepartmentTier) ? DepartmentHeadLimit
        : actor.Has(Permission.CompensationHandlerTier) ? HandlerLimit
        : 0m;

    /// <summary>The lowest role whose default tier covers <paramref name="amount"/> (shown as who must authorize).</summary>
    public StaffRole LowestCovering(decimal amount) =>
        amount <= HandlerLimit ? StaffRole.Handler
        : amount <= DepartmentHeadLimit ? StaffRole.DepartmentHead
        : StaffRole.Supervisor;
}
