using ComplaintOps.Data.Domain.Calendar;

namespace ComplaintOps.Data.Domain.Sla;

/// <summary>
/// One clock's limit. A working-day and a calendar-day limit may both apply; the earlier due date wins.
/// <paramref name="VipWorkingDays"/> shortens the working-day limit for VIP customers.
/// </summary>
public sealed record ClockRule(ClockKind Kind, int? WorkingDays, int? CalendarDays = null, int? VipWorkingDays = null, bool Pausable = false);

/// <summary>A named set of clock rules (a policy profile).</summary>
public sealed record SlaPolicy(
    string Name,
    IReadOnlyList<ClockRule> Rules,
    int MaxResolveWorkingDays,
    int? MaxResolveCalendarDays = null,
    double AtRiskFraction = 0.8,
    CalendarRegion Region = CalendarRegion.China)
{
    public ClockRule Rule(ClockKind kind) =>
        Rules.FirstOrDefault(r => r.Kind == kind) ?? throw new InvalidOperationException($"Policy '{Name}' has no rule for {kind}.");

    public bool Has(ClockKind kind) => Rules.Any(r => r.Kind == kind);
}

/// <summary>The policy profiles shipped with the product.</summary>
public static class SlaPolicies
{
    /// <summary>The seeds' defaults: all in working days; 60 working days in total with extensions.</summary>
    public static readonly SlaPolicy Standard = new(
        "Standard",
        [
            new ClockRule(ClockKind.Acknowledge, 0),
            new ClockRule(ClockKind.Route, 1, VipWorkingDays: 0),
            new ClockRule(ClockKind.StartInvestigation, 2, VipWorkingDays: 1, Pausable: true),
            new ClockRule(ClockKind.Resolve, 15, VipWorkingDays: 10, Pausable: true),
            new ClockRule(ClockKind.Feedback, 1, VipWorkingDays: 0),
            new ClockRule(ClockKind.Callback, 3, VipWorkingDays: 2),
        ],
        MaxResolveWorkingDays: 60);

    /// <summary>
    /// Banking and insurance consumer complaint rules of 2020: decide within 15 calendar days, extendable to 30,
    /// and by another 30 for especially complex cases. The working-day rules still apply; the earliest due date wins.
    /// </summary>
    public static readonly SlaPolicy Bank2020 = new(
        "Bank2020",
        [
            new ClockRule(ClockKind.Acknowledge, 0),
            new ClockRule(ClockKind.Route, 1, VipWorkingDays: 0),
            new ClockRule(ClockKind.StartInvestigation, 2, VipWorkingDays: 1, Pausable: true),
            new ClockRule(ClockKind.Resolve, 15, CalendarDays: 15, VipWorkingDays: 10, Pausable: true),
            new ClockRule(ClockKind.Feedback, 1, VipWorkingDays: 0),
            new ClockRule(ClockKind.Callback, 3, VipWorkingDays: 2),
        ],
        MaxResolveWorkingDays: 60,
        MaxResolveCalendarDays: 60);

    public static readonly IReadOnlyList<SlaPolicy> All = [Standard, Bank2020];

    public static SlaPolicy Get(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"Unknown SLA policy '{name}'. Known: {string.Join(", ", All.Select(p => p.Name))}.");
}
