namespace ComplaintOps.Web.Realtime;

/// <summary>What the hub pushes to external wallboards and other systems.</summary>
public interface IDashboardClient
{
    Task ComplaintChanged(DashboardChange change);

    Task ClockAlert(ClockAlert alert);

    Task SummaryUpdated(DashboardSummary summary);
}
