using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Domain.Governance;

/// <summary>
/// What a root-cause action is against: a topic or a category, exactly one. Its effect is measured on the complaints whose
/// current topic is that topic, or whose category is that category.
/// </summary>
public sealed record RootCauseTarget
{
    public const int CategoryLength = 64;

    private RootCauseTarget(TopicKey? topic, string? category)
    {
        Topic = topic;
        Category = category;
    }

    public TopicKey? Topic { get; }

    public string? Category { get; }

    public static RootCauseTarget OfTopic(TopicKey topic) => new(topic, null);

    /// <summary>Refuses a blank or over-long category code with a <see cref="DomainException"/>.</summary>
    public static RootCauseTarget OfCategory(string category)
    {
        var code = category?.Trim() ?? "";
        if (code.Length is 0 or > CategoryLength)
        {
            throw new DomainException("validation_failed", $"The category must be 1 to {CategoryLength} characters.");
        }

        return new(null, code);
    }

    /// <summary>The stored pair back as a target; exactly one must be set (a topic id wins over a category left behind).</summary>
    public static RootCauseTarget Of(int? topicId, string? category) =>
        topicId is { } id ? OfTopic(new TopicKey(id)) : OfCategory(category ?? "");

    public override string ToString() => Topic?.ToString() ?? Category ?? "";
}
