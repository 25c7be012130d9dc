using System.Globalization;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Kpis;
using ComplaintOps.Data.Features.Effectiveness;

namespace ComplaintOps.Analytics.Effectiveness;

/// <summary>
/// Cost and effectiveness KPIs (<see cref="KpiRow"/> defines each) of complaints grouped by a dimension and a period of the
/// local registration date. Pure: the same outcomes give the same rows. Complaints without a value for the dimension
/// (not yet assigned or classified) form the group <see cref="Unassigned"/>.
/// </summary>
public sealed class EffectivenessCalculator(CostModel costs)
{
    public const string Unassigned = "-";

    public IReadOnlyList<KpiRow> Calculate(IEnumerable<ComplaintOutcome> outcomes, KpiDimension dimension, KpiPeriod period, TimeZoneInfo zone) =>
        outcomes.GroupBy(o => (Group: GroupOf(o, dimension) ?? Unassigned, Period: PeriodOf(o.RegisteredAtUtc, period, zone)))
            .Select(g => Row(g.Key.Group, g.Key.Period, g.ToList()))
            .OrderBy(r => r.Period, StringComparer.Ordinal).ThenBy(r => r.Group, StringComparer.Ordinal)
            .ToList();

    public static string? GroupOf(ComplaintOutcome o, KpiDimension dimension) => dimension switch
    {
        KpiDimension.Department => o.Department,
        KpiDimension.Category => o.Category,
        KpiDimension.Channel => o.Channel.ToString(),
        KpiDimension.Topic => o.Topic?.Value.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown dimension."),
    };

    public static string PeriodOf(DateTimeOffset atUtc, KpiPeriod period, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(atUtc, zone);
        return period switch
        {
            KpiPeriod.Month => local.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            KpiPeriod.Quarter => $"{local.Year}Q{((local.Month - 1) / 3) + 1}",
            KpiPeriod.Whole => "",
            _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown period."),
        };
    }

    private KpiRow Row(string group, string period, List<ComplaintOutcome> complaints)
    {
        var clocksMet = complaints.SelectMany(c => c.Clocks).Where(k => Kpi.IsMet(k.MetAtUtc)).ToList();
        var closed = complaints.Where(c => Kpi.IsClosed(c.Status)).ToList();
        var rated = closed.Where(c => Kpi.IsRated(c.Satisfaction)).ToList();
        var cycles = closed.Select(c => Kpi.CycleTime(c.ReceivedAtUtc, c.ClosedAtUtc)).OfType<TimeSpan>().Select(t => t.TotalHours).Order().ToList();
        var priced = complaints.Select(costs.Price).ToList();
        return new KpiRow(group, period,
            Complaints: complaints.Count,
            ClocksMet: clocksMet.Count,
            ClocksOnTime: clocksMet.Count(k => Kpi.IsMetOnTime(k.DueAtUtc, k.MetAtUtc)),
            Decided: complaints.Count(c => c.Status is not (ComplaintStatus.Withdrawn or ComplaintStatus.Merged)),
            Closed: closed.Count,
            Rated: rated.Count,
            Satisfied: rated.Count(c => Kpi.IsSatisfied(c.Satisfaction)),
            Appealed: complaints.Count(c => c.Round > 1 || c.Activities.Any(a => a.Kind is nameof(ComplaintTrigger.Appeal) or nameof(ComplaintTrigger.Reopen))),
            Repeats: complaints.Count(c => Kpi.IsRepeat(c.RepeatCount)),
            MeanCycleHours: cycles.Count == 0 ? null : Math.Round(cycles.Average(), 2),
            P90CycleHours: cycles.Count == 0 ? null : Math.Round(cycles[(int)Math.Ceiling(0.9 * cycles.Count) - 1], 2),
            HandlingCost: priced.Sum(p => p.Handling),
            CompensationCost: priced.Sum(p => p.Compensation),
            OtherCost: priced.Sum(p => p.Other));
    }
}
