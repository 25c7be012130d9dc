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

/// <summary>Authorization tiers (授权机制): the amount each role may grant on its own.</summary>
public sealed record AuthorizationTiers(decimal HandlerLimit, decimal DepartmentHeadLimit)
{
    public static readonly AuthorizationTiers Default = new(1_000m, 10_000m);

    public decimal LimitOf(StaffRole role) => role switch
    {
        StaffRole.Supervisor => decimal.MaxValue,
        StaffRole.DepartmentHead => DepartmentHeadLimit,
        StaffRole.Handler => HandlerLimit,
        _ => 0m,
    };

    /// <summary>The lowest role whose limit covers <paramref name="amount"/>.</summary>
    public StaffRole LowestCovering(decimal amount) =>
        amount <= HandlerLimit ? StaffRole.Handler
        : amount <= DepartmentHeadLimit ? StaffRole.DepartmentHead
        : StaffRole.Supervisor;
}
