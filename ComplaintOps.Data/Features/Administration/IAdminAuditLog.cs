using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Administration;

public sealed record AdminAuditRow(DateTimeOffset AtUtc, string ActorId, string ActorName, string Action, string Target, string Details);

/// <summary>The administration log, newest first (any administrative permission).</summary>
public interface IAdminAuditLog
{
    Task<IReadOnlyList<AdminAuditRow>> LatestAsync(int take, Actor actor, CancellationToken cancellationToken);
}
