using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Domain.Governance;

/// <summary>
/// What an action item is against: a topic, a category, a product, a department or a partner, exactly one. Its effect is
/// measured on the complaints whose current topic is that topic, or whose category, product or department is that code; a
/// partner by its code (<see cref="Reference.Partner.Code"/>).
/// </summary>
public sealed record RootCauseTarget
{
    public const int CodeLength = 64;

    /// <summary>Kept for the columns and forms that were sized by it.</summary>
    public const int CategoryLength = CodeLength;

    private RootCauseTarget(RootCauseTargetKind kind, TopicKey? topic, string? code)
    {
        Kind = kind;
        Topic = topic;
        Code = code;
    }

    public RootCauseTargetKind Kind { get; }

    public TopicKey? Topic { get; }

    /// <summary>The category, product, department or partner code; null for a topic.</summary>
    public string? Code { get; }

    public string? Category => Kind == RootCauseTargetKind.Category ? Code : null;

    public string? Product => Kind == RootCauseTargetKind.Product ? Code : null;

    public string? Department => Kind == RootCauseTargetKind.Department ? Code : null;

    public string? Partner => Kind == RootCauseTargetKind.Partner ? Code : null;

    public static RootCauseTarget OfTopic(TopicKey topic) => new(RootCauseTargetKind.Topic, topic, null);

    /// <summary>Each of these refuses a blank or over-long code with a <see cref="DomainException"/>.</summary>
    public static RootCauseTarget OfCategory(string category) => Coded(RootCauseTargetKind.Category, category);

    public static RootCauseTarget OfProduct(string product) => Coded(RootCauseTargetKind.Product, product);

    public static RootCauseTarget OfDepartment(string department) => Coded(RootCauseTargetKind.Department, department);

    /// <summary>Partner codes are upper case (as <see cref="Reference.Partner.Create"/> stores them).</summary>
    public static RootCauseTarget OfPartner(string partnerCode) => Coded(RootCauseTargetKind.Partner, partnerCode?.Trim().ToUpperInvariant() ?? "");

    /// <summary>The stored pair back as a target (legacy rows: a topic id wins over a category left behind).</summary>
    public static RootCauseTarget Of(int? topicId, string? category) =>
        topicId is { } id ? OfTopic(new TopicKey(id)) : OfCategory(category ?? "");

    /// <summary>The stored columns back as a target.</summary>
    public static RootCauseTarget Of(RootCauseTargetKind kind, int? topicId, string? code) => kind switch
    {
        RootCauseTargetKind.Topic => OfTopic(new TopicKey(topicId ?? throw new DomainException("validation_failed", "A topic target needs a topic."))),
        _ => Coded(kind, code ?? ""),
    };

    public override string ToString() => Topic?.ToString() ?? Code ?? "";

    private static RootCauseTarget Coded(RootCauseTargetKind kind, string value)
    {
        var code = value?.Trim() ?? "";
        if (code.Length is 0 or > CodeLength)
        {
            throw new DomainException("validation_failed", $"The {kind.ToString().ToLowerInvariant()} must be 1 to {CodeLength} characters.");
        }

        return new(kind, null, code);
    }
}
