using ComplaintOps.Data.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplaintOps.Data.Persistence.Interceptors;

/// <summary>
/// Collects the domain events of the saved aggregates and publishes them only after the save committed,
/// so nobody ever sees a change that was rolled back. A failed save publishes nothing.
/// </summary>
public sealed class DomainEventDispatchInterceptor(IEnumerable<IDomainEventPublisher> publishers) : SaveChangesInterceptor
{
    private readonly IDomainEventPublisher[] _publishers = publishers.ToArray();

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await DispatchAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        DispatchAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Drop(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }

    private async Task DispatchAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null)
        {
            return;
        }

        var events = Drop(context);
        if (events.Count == 0)
        {
            return;
        }

        foreach (var publisher in _publishers)
        {
            await publisher.PublishAsync(events, cancellationToken);
        }
    }

    private static List<IDomainEvent> Drop(DbContext? context)
    {
        if (context is null)
        {
            return [];
        }

        // Entries() would run a full DetectChanges again; the aggregates' own lists are all that is read here.
        var tracker = context.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            var entities = tracker.Entries<Entity>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
            var events = entities.SelectMany(e => e.DomainEvents).ToList();
            entities.ForEach(e => e.ClearDomainEvents());
            return events;
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }
}
