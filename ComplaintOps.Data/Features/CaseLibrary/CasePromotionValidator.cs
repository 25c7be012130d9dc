using ComplaintOps.Data.Domain.CaseLibrary;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Features.Complaints;

namespace ComplaintOps.Data.Features.CaseLibrary;

/// <summary>
/// Promotion rules on the texts: every field present and within its length, and none of them carrying the customer's
/// name, phone, e-mail, ID number or account as stored on the complaint (the library is read by every handler).
/// </summary>
public static class CasePromotionValidator
{
    public static Dictionary<string, string[]> Validate(CasePromotion promotion, Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(promotion);
        ArgumentNullException.ThrowIfNull(complaint);
        var errors = new Dictionary<string, string[]>();
        var texts = new (string Field, string? Value, int Max)[]
        {
            ("title", promotion.Title, LibraryCaseLimits.Title),
            ("summary", promotion.Summary, LibraryCaseLimits.Summary),
            ("rootCause", promotion.RootCause, LibraryCaseLimits.LongText),
            ("resolution", promotion.Resolution, LibraryCaseLimits.LongText),
            ("lessons", promotion.Lessons, LibraryCaseLimits.LongText),
        };
        string[] personal = [.. new[] { complaint.CustomerName, complaint.CustomerPhone, complaint.CustomerEmail, complaint.CustomerIdNumber, complaint.CustomerAccount }
            .Where(v => v is { Length: >= 2 }).Select(v => v!.Trim())];
        foreach (var (field, value, max) in texts)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors[field] = [$"The {field} field is required."];
            }
            else if (value.Trim().Length > max)
            {
                errors[field] = [$"The {field} field must be at most {max} characters (got {value.Trim().Length})."];
            }
            else if (personal.Any(p => value.Contains(p, StringComparison.OrdinalIgnoreCase)))
            {
                errors[field] = [$"The {field} field contains the customer's personal data; anonymise it first."];
            }
        }

        return errors;
    }

    public static void ThrowIfInvalid(CasePromotion promotion, Complaint complaint)
    {
        var errors = Validate(promotion, complaint);
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }
}
