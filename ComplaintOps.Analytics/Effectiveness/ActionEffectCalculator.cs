using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Kpis;
using ComplaintOps.Data.Features.Effectiveness;

namespace ComplaintOps.Analytics.Effectiveness;

/// <summary>
/// Before = complaints on the target registered in [done − N weeks, done); after = [done, done + W weeks) where W is the number
/// of whole weeks elapsed since completion, at most N. Weekly volume = count ÷ weeks. On the target = current topic is the
/// target topic, or category, product, department or partner is the target's code: a retraining that carries the topic
/// forward measures the same. Pure.
/// </summary>
public static class ActionEffectCalculator
{
    public static bool CanMeasure(RootCauseTarget target) => target?.Kind is not null;

    public static ActionEffect Measure(RootCauseTarget target, DateTimeOffset completedAtUtc, IEnumerable<ComplaintOutcome> outcomes, int weeks, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        if (!CanMeasure(target))
        {
            throw new ArgumentException($"A {target.Kind} target cannot be measured.", nameof(target));
        }

        var week = TimeSpan.FromDays(7);
        var onTarget = outcomes.Where(o => On(target, o)).ToList();
        var from = completedAtUtc - (week * weeks);
        var before = onTarget.Where(o => o.RegisteredAtUtc >= from && o.RegisteredAtUtc < completedAtUtc).ToList();
        var weeksAfter = (int)Math.Clamp(Math.Floor((nowUtc - completedAtUtc) / week), 0, weeks);
        var to = completedAtUtc + (week * weeksAfter);
        var after = onTarget.Where(o => o.RegisteredAtUtc >= completedAtUtc && o.RegisteredAtUtc < to).ToList();
        return new ActionEffect(weeks, weeksAfter,
            BeforeWeeklyVolume: (double)before.Count / weeks,
            AfterWeeklyVolume: weeksAfter == 0 ? null : (double)after.Count / weeksAfter,
            BeforeSatisfaction: Satisfaction(before),
            AfterSatisfaction: weeksAfter == 0 ? null : Satisfaction(after))
        {
            BeforeFromUtc = from,
            CompletedAtUtc = completedAtUtc,
            AfterToUtc = to,
            BeforeRepeatRate = RepeatRate(before),
            AfterRepeatRate = weeksAfter == 0 ? null : RepeatRate(after),
        };
    }

    private static bool On(RootCauseTarget target, ComplaintOutcome o) => target.Kind switch
    {
        RootCauseTargetKind.Topic => o.Topic == target.Topic,
        RootCauseTargetKind.Category => string.Equals(o.Category, target.Code, StringComparison.Ordinal),
        RootCauseTargetKind.Product => string.Equals(o.Product, target.Code, StringComparison.Ordinal),
        RootCauseTargetKind.Department => string.Equals(o.Department, target.Code, StringComparison.Ordinal),
        RootCauseTargetKind.Partner => string.Equals(o.PartnerCode, target.Code, StringComparison.Ordinal),
        _ => false,
    };

    private static double? Satisfaction(List<ComplaintOutcome> complaints)
    {
        var rated = complaints.Where(c => Kpi.IsClosed(c.Status) && Kpi.IsRated(c.Satisfaction)).ToList();
        return rated.Count == 0 ? null : (double)rated.Count(c => Kpi.IsSatisfied(c.Satisfaction)) / rated.Count;
    }

    // The same definition as the KPI table's repeat rate (EffectivenessCalculator): complaints with a repeat ÷ complaints.
    private static double? RepeatRate(List<ComplaintOutcome> complaints) => Kpi.Rate(complaints.Count(c => Kpi.IsRepeat(c.RepeatCount)), complaints.Count);
}
