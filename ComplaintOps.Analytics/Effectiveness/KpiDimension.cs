namespace ComplaintOps.Analytics.Effectiveness;

/// <summary>What the effectiveness table groups by. Topic = the complaint's current topic (its key's number, e.g. "17").</summary>
public enum KpiDimension
{
    Department,
    Category,
    Channel,
    Topic,
}

/// <summary>Reporting period, by the local date a complaint was registered. <see cref="Whole"/> = the whole range as one period.</summary>
public enum KpiPeriod
{
    Month,
    Quarter,
    Whole,
}
