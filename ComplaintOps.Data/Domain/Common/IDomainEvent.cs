namespace ComplaintOps.Data.Domain.Common;

/// <summary>Something that happened in the domain; published only after it is committed.</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAtUtc { get; }
}
