using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Topics;

/// <summary>
/// A complaint's text and labels as the analytics module reads them for training and assignment. The customer's name is
/// carried so it can be masked out of the text before featurisation; it is never featurised.
/// </summary>
public sealed record ComplaintText(
    Guid Id, string Subject, string Description, string Language, string? Category, Severity? Severity, string? Product, string CustomerName,
    DateTimeOffset RegisteredAtUtc);
