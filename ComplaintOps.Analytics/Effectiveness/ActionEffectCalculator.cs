using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Kpis;
using ComplaintOps.Data.Features.Effectiveness;

namespace ComplaintOps.Analytics.Effectiveness;

/// <summary>
/// Before = complaints on the target registered in [done − N weeks, done); after = [done, done + W weeks) where W is the number
/// of whole weeks elapsed since completion, at most N. Weekly volume = count ÷ weeks. On the target = current topic is the
/// target topic, or category is the target category: a retraining that carries the topic forward measures the same. Pure.
/// </summary>
public static class ActionEffectCalculator
{
    public static ActionEffect Measure(RootCauseTarget target, DateTimeOffset completedAtUtc, IEnumerable<ComplaintOutcome> outcomes, int weeks, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        var week = TimeSpan.FromDays(7);
        var onTopic = outcomes.Where(o => target.Topic is { } topic ? o.Topic == topic : string.Equals(o.Category, target.Category, StringComparison.Ordinal))
            .ToList();
        var before = onTopic.Where(o => o.RegisteredAtUtc >= completedAtUtc - (week * weeks) && o.RegisteredAtUtc < completedAtUtc).ToList();
        var weeksAfter = (int)Math.Clamp(Math.Floor((nowUtc - completedAtUtc) / week), 0, weeks);
        var after = onTopic.Where(o => o.RegisteredAtUtc >= completedAtUtc && o.RegisteredAtUtc < completedAtUtc + (week * weeksAfter)).ToList();
        return new ActionEffect(weeks, weeksAfter,
            BeforeWeeklyVolume: (double)before.Count / weeks,
            AfterWeeklyVolume: weeksAfter == 0 ? null : (double)after.Count / weeksAfter,
            BeforeSatisfaction: Satisfaction(before),
            AfterSatisfaction: weeksAfter == 0 ? null : Satisfaction(after));
    }

    private static double? Satisfaction(List<ComplaintOutcome> complaints)
    {
        var rated = complaints.Where(c => c.Status == ComplaintStatus.Closed && Kpi.IsRated(c.Satisfaction)).ToList();
        return rated.Count == 0 ? null : (double)rated.Count(c => Kpi.IsSatisfied(c.Satisfaction)) / rated.Count;
    }
}
