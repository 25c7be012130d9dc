using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Partners;

/// <summary>How a partner code given by a person or the intake API is read: trimmed, upper case, blank = none.</summary>
public static class PartnerCodes
{
    public static string? Normalize(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();

    public static bool IsWellFormed(string? code) => Normalize(code) is not { } c || c.Length <= Partner.CodeLength;
}
