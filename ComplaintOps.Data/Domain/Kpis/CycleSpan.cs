namespace ComplaintOps.Data.Domain.Kpis;

/// <summary>The two instants a cycle time is measured between (see <see cref="Kpi.CycleTime"/>).</summary>
public sealed record CycleSpan(DateTimeOffset ReceivedAtUtc, DateTimeOffset? ClosedAtUtc)
{
    public TimeSpan? Time => Kpi.CycleTime(ReceivedAtUtc, ClosedAtUtc);
}
