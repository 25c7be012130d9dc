namespace ComplaintOps.Data.Features.Topics;

/// <summary>The trainer lease in the shared database (see <see cref="Domain.Topics.ModelLease"/>).</summary>
public interface IModelLease
{
    /// <summary>Takes the lease when it is free or expired, renews it when <paramref name="holder"/> holds it; null when another holds it.</summary>
    Task<LeaseTicket?> TryTakeAsync(string holder, TimeSpan ttl, CancellationToken cancellationToken);

    /// <summary>Lets the lease go at once (on shutdown), if still held by the ticket.</summary>
    Task ReleaseAsync(LeaseTicket ticket, CancellationToken cancellationToken);
}
