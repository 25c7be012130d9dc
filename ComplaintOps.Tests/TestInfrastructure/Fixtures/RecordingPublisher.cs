using System.Collections.Concurrent;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Persistence;

namespace ComplaintOps.Tests.TestInfrastructure.Fixtures;

/// <summary>Remembers what the persistence layer published.</summary>
public sealed class RecordingPublisher : IDomainEventPublisher
{
    public ConcurrentQueue<IDomainEvent> Published { get; } = new();

    public Task PublishAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        foreach (var e in events)
        {
            Published.Enqueue(e);
        }

        return Task.CompletedTask;
    }
}
