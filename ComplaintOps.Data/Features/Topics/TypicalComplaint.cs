namespace ComplaintOps.Data.Features.Topics;

/// <summary>A complaint that shows what a topic is about: one of its current placements closest to the topic's centre.</summary>
public sealed record TypicalComplaint(Guid Id, string Reference, string Subject, DateTimeOffset RegisteredAtUtc, float Similarity);
