using ComplaintOps.Data.Domain.Complaints;

namespace ComplaintOps.Data.Features.Partners;

/// <summary>
/// The KPI rules the partner scorecard counts with — the same readings the dashboard and the effectiveness table use
/// (a clock met on or before its due date is on time; <see cref="SatisfactionScore.IsSatisfied"/>; a repeat is
/// RepeatCount &gt; 0; cycle time is registration to closure). Kept in this one place so the scorecard can switch to the
/// domain KPI module (issue #11, reports) by changing only this class.
/// </summary>
internal static class ScorecardKpis
{
    public static bool OnTime(DateTimeOffset metAtUtc, DateTimeOffset dueAtUtc) => metAtUtc <= dueAtUtc;

    public static bool Satisfied(int? satisfaction) => SatisfactionScore.IsSatisfied(satisfaction);

    public static bool Repeat(int repeatCount) => repeatCount > 0;

    public static double CycleHours(DateTimeOffset registeredAtUtc, DateTimeOffset closedAtUtc) => (closedAtUtc - registeredAtUtc).TotalHours;

    public static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
