namespace ComplaintOps.Web.Realtime;

/// <summary>What the hub pushes to external wallboards and other systems.</summary>
public interface IDashboardClient
{
    Task ComplaintChanged(DashboardChange change);

    Task ClockAlert(ClockAlert alert);

    /// <summary>A topic became a hotspot, or a batch-complaint warning started on a topic or product.</summary>
    Task HotspotAlert(HotspotAlert alert);

    Task SummaryUpdated(DashboardSummary summary);
}
