using System.Text.RegularExpressions;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Administration;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Administration;

/// <summary>A staff member to add: accounts belong to staff members, so an account for a newcomer starts here.</summary>
public sealed record NewStaffMember(string Id, string Name, string NameEn, StaffRole Role, string? Department);

/// <summary>Codes of administrative refusals; each has a "Validation.{code}" UI string in both languages.</summary>
public static class AdminErrorCodes
{
    public const string StaffIdFormat = "StaffIdFormat";
    public const string StaffIdTaken = "StaffIdTaken";
    public const string Department = "Department";
    public const string Role = "Role";
    public const string UnknownStaff = "UnknownStaff";
    public const string StaffHasAccount = "StaffHasAccount";
}

public interface IStaffAdministration
{
    /// <summary>Adds a staff member (permission ManageUsers), recorded in the administration log.</summary>
    Task<StaffMember> CreateAsync(NewStaffMember staff, Actor actor, CancellationToken cancellationToken);

    /// <summary>The refusals for <paramref name="staff"/>, without saving (the first-administrator command reuses them).</summary>
    IReadOnlyList<FieldError> Validate(NewStaffMember staff);
}

public sealed partial class StaffAdministration(IDbContextFactory<ComplaintOpsDbContext> dbFactory, TimeProvider clock) : IStaffAdministration
{
    public IReadOnlyList<FieldError> Validate(NewStaffMember staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var errors = new List<FieldError>();
        if (!StaffIdPattern().IsMatch(staff.Id ?? ""))
        {
            errors.Add(new("id", AdminErrorCodes.StaffIdFormat, "2 to 24 capital letters, digits or hyphens."));
        }

        Name("name", staff.Name, errors);
        Name("nameEn", staff.NameEn, errors);
        if (staff.Role == StaffRole.System || !Enum.IsDefined(staff.Role))
        {
            errors.Add(new("role", AdminErrorCodes.Role, "A person's role (not System)."));
        }

        if (staff.Department is not null && Departments.All.All(d => d.Code != staff.Department))
        {
            errors.Add(new("department", AdminErrorCodes.Department, "One of the configured departments, or none."));
        }

        return errors;
    }

    public async Task<StaffMember> CreateAsync(NewStaffMember staff, Actor actor, CancellationToken cancellationToken)
    {
        AdminGuard.Require(actor, Permission.ManageUsers);
        var errors = Validate(staff).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (errors.Count == 0 && await db.Staff.AnyAsync(s => s.Id == staff.Id, cancellationToken))
        {
            errors.Add(new("id", AdminErrorCodes.StaffIdTaken, $"Staff id {staff.Id} is taken."));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var member = new StaffMember(staff.Id, staff.Name.Trim(), staff.NameEn.Trim(), staff.Role, staff.Department);
        db.Staff.Add(member);
        db.AdminAuditEntries.Add(AdminAuditEntry.Record(actor, AdminActions.StaffCreated, $"{member.Id} ({member.Name})",
            AdminGuard.Json(new { member.Name, member.NameEn, Role = member.Role.ToString(), member.Department }), clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    private static void Name(string field, string? value, List<FieldError> errors)
    {
        var v = value?.Trim() ?? "";
        if (v.Length == 0)
        {
            errors.Add(new(field, FieldErrorCodes.Required, "Required."));
        }
        else if (v.Length > 100)
        {
            errors.Add(new(field, FieldErrorCodes.TooLong, "At most 100 characters."));
        }
        else if (SafeText.FindUnsafe(v, multiLine: false) >= 0)
        {
            errors.Add(new(field, FieldErrorCodes.UnsafeCharacters, "No control or invisible characters."));
        }
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,23}$")]
    private static partial Regex StaffIdPattern();
}
