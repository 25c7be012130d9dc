namespace ComplaintOps.Data.Domain.Administration;

/// <summary>One administrative change (user, role, staff member, API client) with who made it. Written with the change itself.</summary>
public sealed class AdminAuditEntry
{
    public const int ActionLength = 40;
    public const int TargetLength = 200;

    private AdminAuditEntry()
    {
    }

    public Guid Id { get; private set; }

    public DateTimeOffset AtUtc { get; private set; }

    public string ActorId { get; private set; } = "";

    public string ActorName { get; private set; } = "";

    /// <summary>One of <see cref="AdminActions"/>.</summary>
    public string Action { get; private set; } = "";

    public string Target { get; private set; } = "";

    /// <summary>What changed, as JSON (never a password or a key).</summary>
    public string Details { get; private set; } = "{}";

    public static AdminAuditEntry Record(Reference.Actor actor, string action, string target, string detailsJson, DateTimeOffset nowUtc) => new()
    {
        Id = Guid.CreateVersion7(nowUtc),
        AtUtc = nowUtc,
        ActorId = actor.Id,
        ActorName = actor.Name,
        Action = action,
        Target = target.Length > TargetLength ? target[..TargetLength] : target,
        Details = detailsJson,
    };
}

/// <summary>The action codes of <see cref="AdminAuditEntry"/> (the UI shows them as "AdminAction.{code}").</summary>
public static class AdminActions
{
    public const string UserCreated = "user.created";
    public const string UserRoleChanged = "user.role_changed";
    public const string UserLocked = "user.locked";
    public const string UserUnlocked = "user.unlocked";
    public const string UserTwoFactorReset = "user.2fa_reset";
    public const string StaffCreated = "staff.created";
    public const string RolePermissionsChanged = "role.permissions_changed";
    public const string ApiClientCreated = "api_client.created";
    public const string ApiClientRevoked = "api_client.revoked";
    public const string CalendarDaySet = "calendar.day_set";
    public const string CalendarDayRemoved = "calendar.day_removed";
}
