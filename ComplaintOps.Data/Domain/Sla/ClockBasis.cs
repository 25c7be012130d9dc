namespace ComplaintOps.Data.Domain.Sla;

/// <summary>The rule a clock's due date comes from, for a compliance officer to check: the cited article and how firm it is.</summary>
public sealed record ClockBasis(string Policy, Citation Citation, RuleStanding Standing, DayCount? Count, int? Days)
{
    /// <summary>
    /// The limit that set the due date of a clock under <paramref name="policy"/>: the last extension stage granted, else
    /// the shortest applicable limit in the count that won. Null for a fixed (regulator-set) deadline.
    /// </summary>
    public static ClockBasis? Of(SlaPolicy policy, ClockKind kind, bool vip, DayCount? dueCount, int extensionStages, int? workingDays, int? naturalDays)
    {
        if (dueCount is not { } count || policy.RuleOrNull(kind) is not { } rule)
        {
            return null;
        }

        var days = count == DayCount.Working ? workingDays : naturalDays;
        if (extensionStages > 0 && kind == ClockKind.Resolve && extensionStages <= policy.Extensions.Count)
        {
            var stage = policy.Extensions[extensionStages - 1];
            return new ClockBasis(policy.Name, stage.Basis, stage.Standing, count, days);
        }

        var limit = rule.For(vip).Where(l => l.Count == count).MinBy(l => l.Days);
        return limit is null ? null : new ClockBasis(policy.Name, limit.Basis, limit.Standing, count, days);
    }
}
