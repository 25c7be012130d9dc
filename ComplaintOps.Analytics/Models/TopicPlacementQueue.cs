using System.Threading.Channels;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Persistence;

namespace ComplaintOps.Analytics.Models;

/// <summary>
/// Newly registered complaints waiting for their topic: filled after each commit (never from a rolled-back save), drained
/// in batches by the background assignment so intake never waits for the model.
/// </summary>
public sealed class TopicPlacementQueue : IDomainEventPublisher
{
    private readonly Channel<Guid> _pending = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<Guid> Reader => _pending.Reader;

    public Task PublishAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        foreach (var registered in events.OfType<ComplaintChangedEvent>().Where(e => e.Kind == ComplaintEvent.RegisteredKind))
        {
            _pending.Writer.TryWrite(registered.ComplaintId);
        }

        return Task.CompletedTask;
    }
}
