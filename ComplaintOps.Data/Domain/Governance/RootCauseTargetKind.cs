namespace ComplaintOps.Data.Domain.Governance;

/// <summary>What kind of thing an action item is against.</summary>
public enum RootCauseTargetKind
{
    Topic,
    Category,
    Product,
    Department,
    Partner,
}
