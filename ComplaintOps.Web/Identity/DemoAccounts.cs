using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Web.Identity;

/// <summary>The demo sign-ins, one per role (Development and demo mode only; listed in the README).</summary>
public static class DemoAccounts
{
    public const string Password = "Demo-Pass-2026!";

    /// <summary>The demo administrator's authenticator secret (base32), so the demo can be signed into with any TOTP app or <c>oathtool</c>.</summary>
    public const string AdministratorAuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public static readonly IReadOnlyList<(string UserName, string StaffId, StaffRole Role)> All =
    [
        ("intake", "A001", StaffRole.IntakeAgent),
        ("handler", "HCARDS1", StaffRole.Handler),
        ("head", "HCARDS0", StaffRole.DepartmentHead),
        ("supervisor", "S001", StaffRole.Supervisor),
        ("feedback", "F001", StaffRole.FeedbackAgent),
        ("manager", "M001", StaffRole.Manager),
        ("compliance", "C001", StaffRole.Compliance),
        ("auditor", "U001", StaffRole.Auditor),
        ("admin", "X001", StaffRole.Administrator),
    ];
}
