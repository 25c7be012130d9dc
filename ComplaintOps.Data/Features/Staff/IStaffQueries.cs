using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Staff;

public interface IStaffQueries
{
    Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken);

    Task<StaffMember?> FindAsync(string id, CancellationToken cancellationToken);
}
