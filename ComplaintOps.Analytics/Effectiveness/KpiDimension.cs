namespace ComplaintOps.Analytics.Effectiveness;

/// <summary>What the effectiveness table groups by. Cluster = the topic key (cluster id, or the category until clustering assigns one).</summary>
public enum KpiDimension
{
    Department,
    Category,
    Channel,
    Cluster,
}

/// <summary>Reporting period, by the local date a complaint was registered. <see cref="Whole"/> = the whole range as one period.</summary>
public enum KpiPeriod
{
    Month,
    Quarter,
    Whole,
}
