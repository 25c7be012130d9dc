namespace ComplaintOps.Data.Persistence.Identity;

/// <summary>Claim types ComplaintOps puts on a signed-in principal. Permissions are role claims, so an administrator changes them per role.</summary>
public static class PermissionClaims
{
    public const string Permission = "complaintops:permission";
    public const string StaffId = "complaintops:staff";
    public const string StaffName = "complaintops:staff_name";
    public const string Department = "complaintops:department";
    public const string Role = "complaintops:role";
    /// <summary>Set while an administrator has not enrolled an authenticator: they hold no permission until they do.</summary>
    /// <summary>On API client principals: Intake or Wallboard (<see cref="Domain.Administration.ApiClientKind"/>).</summary>
    public const string ApiClientKind = "complaintops:api_client_kind";
    public const string MustEnrollTwoFactor = "complaintops:must_enroll_2fa";
}
