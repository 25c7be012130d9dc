using ComplaintOps.Analytics.Hotspots;
using ComplaintOps.Data.Domain.Clusters;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Features.Effectiveness;

namespace ComplaintOps.Analytics.Effectiveness;

/// <summary>
/// Before = complaints on the topic registered in [done − N weeks, done); after = [done, done + W weeks) where W is the number
/// of whole weeks elapsed since completion, at most N. Weekly volume = count ÷ weeks. Pure.
/// </summary>
public static class ActionEffectCalculator
{
    public static ActionEffect Measure(string topicKey, DateTimeOffset completedAtUtc, IEnumerable<ComplaintOutcome> outcomes, int weeks, DateTimeOffset nowUtc)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        var week = TimeSpan.FromDays(7);
        var onTopic = outcomes.Where(o => string.Equals(TopicKeys.Of(o.Cluster, o.Category), topicKey, StringComparison.Ordinal)).ToList();
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
        var rated = complaints.Where(c => c.Status == ComplaintStatus.Closed && c.Satisfaction is not null).ToList();
        return rated.Count == 0 ? null : (double)rated.Count(c => SatisfactionScore.IsSatisfied(c.Satisfaction)) / rated.Count;
    }
}
