using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;

namespace ComplaintOps.Data.Features.PersonalData;

/// <summary>Who unmasked which personal data, for auditors (<see cref="Domain.Access.Permission.ViewAccessLog"/>).</summary>
public interface IAccessLogQueries
{
    /// <summary>Newest first. Throws <see cref="Domain.Common.ForbiddenException"/> for a viewer without ViewAccessLog.</summary>
    Task<PagedResult<AccessLogRow>> ListAsync(AccessLogQuery query, Actor viewer, CancellationToken cancellationToken);
}
