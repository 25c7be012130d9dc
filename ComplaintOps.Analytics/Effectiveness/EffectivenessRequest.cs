namespace ComplaintOps.Analytics.Effectiveness;

/// <summary>Complaints registered from <paramref name="From"/> to <paramref name="To"/> (local dates, both included), grouped by dimension and period.</summary>
public sealed record EffectivenessRequest(KpiDimension Dimension, KpiPeriod Period, DateOnly From, DateOnly To);

/// <summary>The KPI rows of a request, and the same grouped over the whole range (for totals and the chart).</summary>
public sealed record EffectivenessReport(EffectivenessRequest Request, IReadOnlyList<KpiRow> Rows, IReadOnlyList<KpiRow> Totals);

/// <summary>A root-cause action with its measured effect (null until it is done).</summary>
public sealed record ActionWithEffect(Data.Features.Governance.RootCauseActionDto Action, ActionEffect? Effect);
