namespace ComplaintOps.Data.Domain.Governance;

/// <summary>
/// One figure of an agenda item as it was at creation: a count (complaints, baseline, days overdue) or, when
/// <paramref name="IsRate"/>, a fraction 0–1 (growth, satisfaction). <paramref name="Name"/> is a stable key the UI localizes.
/// </summary>
public sealed record AgendaFigure(string Name, double Value, bool IsRate);
