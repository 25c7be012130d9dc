namespace ComplaintOps.Analytics.Effectiveness;

/// <summary>What the cost and effectiveness page reads: KPI tables and action items with their effect.</summary>
public interface IEffectivenessReports
{
    /// <summary>Refuses a range that ends before it starts or spans more than <see cref="EffectivenessReports.MaxRangeDays"/> days (ArgumentException).</summary>
    Task<EffectivenessReport> GetAsync(EffectivenessRequest request, CancellationToken cancellationToken);

    /// <summary>The action items the viewer may see, each with its effect once done (null before, and for partner targets).</summary>
    Task<IReadOnlyList<ActionWithEffect>> ActionsAsync(Data.Domain.Reference.Actor viewer, CancellationToken cancellationToken);
}
