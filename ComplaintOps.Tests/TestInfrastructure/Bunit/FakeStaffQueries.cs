using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Staff;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>The shipped starting directory, served from memory.</summary>
public sealed class FakeStaffQueries : IStaffQueries
{
    public IReadOnlyList<StaffMember> Members { get; } = StaffDirectory.Initial();

    public Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken) => Task.FromResult(Members);

    public Task<StaffMember?> FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(Members.FirstOrDefault(m => m.Id == id));
}
