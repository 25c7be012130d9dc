namespace ComplaintOps.Analytics.Effectiveness;

/// <summary>What the cost and effectiveness page reads: KPI tables and root-cause actions with their effect.</summary>
public interface IEffectivenessReports
{
    /// <summary>Refuses a range that ends before it starts or spans more than <see cref="EffectivenessReports.MaxRangeDays"/> days (ArgumentException).</summary>
    Task<EffectivenessReport> GetAsync(EffectivenessRequest request, CancellationToken cancellationToken);

    Task<IReadOnlyList<ActionWithEffect>> ActionsAsync(CancellationToken cancellationToken);
}
