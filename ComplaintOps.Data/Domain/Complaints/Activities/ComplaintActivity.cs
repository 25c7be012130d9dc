using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>Who acts, when, and under which rules: what every activity's check and apply are given.</summary>
public readonly record struct ActivityContext(Actor Actor, DateTimeOffset NowUtc, HandlingRules Rules);

/// <summary>
/// One thing done to a complaint, with exactly the data it needs. Each activity checks its own rules (without side
/// effects) and then applies itself; <see cref="Complaint.Apply"/> runs both after the workflow table and the access
/// rules allow the trigger. The set is closed: activities live in this assembly only.
/// </summary>
public abstract record ComplaintActivity
{
    public abstract ComplaintTrigger Trigger { get; }

    /// <summary>The reason or note kept with the history event.</summary>
    internal virtual string? Remark => null;

    /// <summary>Throws a <see cref="DomainException"/> for a broken rule. Must not change anything.</summary>
    internal virtual void Check(Complaint complaint, ActivityContext context)
    {
    }

    internal abstract void Apply(Complaint complaint, ActivityContext context);

    /// <summary>The facts kept in the history event's details.</summary>
    internal virtual IEnumerable<(string Key, string? Value)> Details() => [];

    protected static void Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            throw new DomainException("invalid_" + field, message);
        }
    }

    protected static void RequireText(string? text, string field, string message, int maxLength = ComplaintLimits.LongText) =>
        Require(!string.IsNullOrWhiteSpace(text) && text.Length <= maxLength, field, message);
}
