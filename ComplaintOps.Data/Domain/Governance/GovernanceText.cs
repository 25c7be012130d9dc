using ComplaintOps.Data.Domain.Common;

namespace ComplaintOps.Data.Domain.Governance;

/// <summary>The text rules meetings and action items share: trimmed, required or optional, bounded.</summary>
internal static class GovernanceText
{
    public static string Required(string? value, string field, int max) =>
        Optional(value, field, max) ?? throw new DomainException("validation_failed", $"The {field} is required.");

    /// <summary>Null for blank input.</summary>
    public static string? Optional(string? value, string field, int max)
    {
        var v = value?.Trim() ?? "";
        if (v.Length > max)
        {
            throw new DomainException("validation_failed", $"The {field} is longer than {max} characters.");
        }

        return v.Length == 0 ? null : v;
    }

    public static void Demand(Reference.Actor by, Access.Permission permission)
    {
        if (!by.Has(permission))
        {
            throw ForbiddenException.Lacking(permission);
        }
    }
}
