using ComplaintOps.Data.Domain.Common;

namespace ComplaintOps.Data.Persistence;

/// <summary>Port for events leaving the data layer after a commit. The web layer supplies the adapter.</summary>
public interface IDomainEventPublisher
{
    Task PublishAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken);
}
