using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Staff;

namespace ComplaintOps.Web.Identity;

/// <summary>
/// Who is working in this circuit. Until sign-in exists (DESIGN §6) the user picks a staff member from the directory;
/// every action is recorded under that person and role, and the domain enforces the role's rules.
/// </summary>
public sealed class CurrentStaff(IStaffQueries staff)
{
    public StaffMember? Member { get; private set; }

    public event Action? Changed;

    public Actor Actor => Member?.ToActor() ?? throw new InvalidOperationException("Choose who you are working as first.");

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (Member is null)
        {
            var all = await staff.ListAsync(cancellationToken);
            Member = all.FirstOrDefault(s => s.Role == StaffRole.IntakeAgent) ?? all.FirstOrDefault();
        }
    }

    public void Set(StaffMember member)
    {
        Member = member;
        Changed?.Invoke();
    }
}

public static class CurrentStaffRegistration
{
    public static IServiceCollection AddCurrentStaff(this IServiceCollection services) => services.AddScoped<CurrentStaff>();
}
