using System.Globalization;
using ComplaintOps.Analytics.Effectiveness;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Kpis;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Data.Features.Effectiveness;
using ComplaintOps.Data.Features.Governance;

namespace ComplaintOps.Analytics.Reports;

/// <summary>
/// The monthly operations report from the outcomes of the complaints registered in the month (analytics' basis): KPIs per
/// department (items "CARDS.received", "CARDS.timely", …), the daily trend, SLA, cost by the activity-based
/// <see cref="CostModel"/> and the improvement actions by status. Pure; each complaint figure keeps its complaint ids.
/// </summary>
public static class MonthlyOperationsReport
{
    public const string Department = "department";
    public const string Trend = "trend";
    public const string Sla = "sla";
    public const string Cost = "cost";
    public const string Actions = "actions";

    public static readonly IReadOnlyList<string> Sections = [ReportSections.Totals, Department, Sla, Cost, Trend, Actions];

    public static IReadOnlyList<ReportFigure> Build(IReadOnlyCollection<ComplaintOutcome> outcomes, IReadOnlyCollection<RootCauseActionDto> actions,
        CostModel costs, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(costs);
        var figures = new List<ReportFigure>
        {
            Count(ReportSections.Totals, "received", outcomes),
            Count(ReportSections.Totals, "closed", outcomes.Where(o => Kpi.IsClosed(o.Status))),
            Count(ReportSections.Totals, "open", outcomes.Where(o => Kpi.IsOpen(o.Status))),
        };
        foreach (var group in outcomes.GroupBy(o => o.Department ?? ReportSections.None).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = group.ToList();
            figures.Add(Count(Department, group.Key + ".received", list));
            figures.Add(Count(Department, group.Key + ".closed", list.Where(o => Kpi.IsClosed(o.Status))));
            figures.AddRange(Timely(Department, group.Key + ".", list).Where(f => f.Item.EndsWith(".timely", StringComparison.Ordinal)));
            var rated = list.Where(o => Kpi.IsClosed(o.Status) && Kpi.IsRated(o.Satisfaction)).ToList();
            figures.Add(new ReportFigure(Department, group.Key + ".satisfaction", FigureUnit.Rate,
                SemiAnnualReport.Rate(rated.Count(o => Kpi.IsSatisfied(o.Satisfaction)), rated.Count), Ids(rated)));
            figures.Add(new ReportFigure(Department, group.Key + ".cost", FigureUnit.Money, list.Sum(o => costs.Price(o).Total), Ids(list)));
        }

        figures.AddRange(Timely(Sla, "", outcomes));
        var priced = outcomes.Select(o => (o.Id, Cost: costs.Price(o))).ToList();
        figures.Add(new ReportFigure(Cost, "handling", FigureUnit.Money, priced.Sum(p => p.Cost.Handling), Ids(outcomes)));
        var compensated = priced.Where(p => p.Cost.Compensation > 0).ToList();
        figures.Add(new ReportFigure(Cost, "compensation", FigureUnit.Money, compensated.Sum(p => p.Cost.Compensation), [.. compensated.Select(p => p.Id).Order()]));
        figures.Add(new ReportFigure(Cost, "other", FigureUnit.Money, priced.Sum(p => p.Cost.Other), Ids(outcomes)));

        figures.AddRange(outcomes.GroupBy(o => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(o.RegisteredAtUtc, zone).DateTime))
            .OrderBy(g => g.Key).Select(g => Count(Trend, g.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), g)));
        figures.AddRange(Enum.GetValues<RootCauseActionStatus>().Select(s =>
            new ReportFigure(Actions, s.ToString(), FigureUnit.Count, actions.Count(a => a.Status == s), [])));
        return figures;
    }

    private static IEnumerable<ReportFigure> Timely(string section, string prefix, IEnumerable<ComplaintOutcome> outcomes)
    {
        var met = outcomes.SelectMany(o => o.Clocks.Where(k => Kpi.IsMet(k.MetAtUtc)).Select(k => (o.Id, OnTime: Kpi.IsMetOnTime(k.DueAtUtc, k.MetAtUtc)))).ToList();
        var behind = met.Select(m => m.Id).Distinct().Order().ToList();
        yield return new ReportFigure(section, prefix + "clocksMet", FigureUnit.Count, met.Count, behind);
        yield return new ReportFigure(section, prefix + "clocksOnTime", FigureUnit.Count, met.Count(m => m.OnTime),
            [.. met.Where(m => m.OnTime).Select(m => m.Id).Distinct().Order()]);
        yield return new ReportFigure(section, prefix + "timely", FigureUnit.Rate, SemiAnnualReport.Rate(met.Count(m => m.OnTime), met.Count), behind);
    }

    private static ReportFigure Count(string section, string item, IEnumerable<ComplaintOutcome> outcomes)
    {
        var ids = Ids(outcomes);
        return new ReportFigure(section, item, FigureUnit.Count, ids.Count, ids);
    }

    private static List<Guid> Ids(IEnumerable<ComplaintOutcome> outcomes) => [.. outcomes.Select(o => o.Id).Order()];
}
