using System.Net.Mail;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using static ComplaintOps.Data.Features.Complaints.FieldErrorCodes;

namespace ComplaintOps.Data.Features.Complaints;

/// <summary>
/// Intake rules shared by the API and the registration form. Field names are the API's camelCase names.
/// <c>today</c> is the registration date in the bank's calendar: the regulator's deadline is checked against it.
/// </summary>
public static class NewComplaintValidator
{
    public static IReadOnlyList<FieldError> Check(NewComplaint c, DateOnly today)
    {
        var errors = new List<FieldError>();
        void Add(string field, string code, string message) => errors.Add(new FieldError(field, code, message));

        bool Text(string field, string? value, int max, bool required, bool multiLine = false)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required)
                {
                    Add(field, Required, $"The {field} field is required.");
                }

                return false;
            }

            if (value.Length > max)
            {
                Add(field, TooLong, $"The {field} field must be at most {max} characters (got {value.Length}).");
                return false;
            }

            if (SafeText.FindUnsafe(value, multiLine) is var at and >= 0)
            {
                Add(field, UnsafeCharacters, $"The {field} field contains a control, bidi-override or invalid character (U+{(int)value[at]:X4} at {at}).");
                return false;
            }

            return true;
        }

        Text("subject", c.Subject, ComplaintLimits.Subject, required: true);
        Text("description", c.Description, ComplaintLimits.Description, required: true, multiLine: true);
        if (Text("customerName", c.CustomerName, ComplaintLimits.Name, required: true) && !SafeText.HasVisibleLetter(c.CustomerName))
        {
            Add("customerName", NoLetter, "The customerName field must contain at least one visible letter.");
        }

        var phoneOk = Text("customerPhone", c.CustomerPhone, 32, required: false);
        var emailOk = Text("customerEmail", c.CustomerEmail, ComplaintLimits.Email, required: false);
        Text("customerIdNumber", c.CustomerIdNumber, 32, required: false);
        Text("customerAccount", c.CustomerAccount, 40, required: false);
        Text("product", c.Product, ComplaintLimits.Product, required: false);
        Text("externalReference", c.ExternalReference, 64, required: false);

        if (string.IsNullOrWhiteSpace(c.CustomerPhone) && string.IsNullOrWhiteSpace(c.CustomerEmail))
        {
            Add("customerPhone", Contact, "A phone number or an email address is required to reach the customer.");
        }

        if (emailOk && !MailAddress.TryCreate(c.CustomerEmail, out _))
        {
            Add("customerEmail", Email, "The customerEmail field is not a valid email address.");
        }

        if (phoneOk && !PhoneNumber.IsValid(c.CustomerPhone!))
        {
            Add("customerPhone", Phone,
                "The customerPhone field must be a mainland mobile (1[3-9] and 9 digits), a landline with its area code (e.g. 010-12345678) or an international number (+country code, up to 15 digits).");
        }

        if (c.Language is not ("zh" or "en"))
        {
            Add("language", Language, "The language field must be 'zh' or 'en'.");
        }

        if (c.DisputedAmount is { } amount && !Money.IsValid(amount))
        {
            Add("disputedAmount", Amount, $"The disputedAmount field {Money.Rule}.");
        }

        if (c.Channel == Channel.Regulator && c.RegulatorDeadline is null)
        {
            Add("regulatorDeadline", RegulatorDeadline, "A regulator-transferred complaint needs the deadline the regulator set.");
        }

        if (c.RegulatorDeadline is { } deadline && !IsDeadlineInRange(deadline, today))
        {
            Add("regulatorDeadline", DeadlineRange,
                $"The regulatorDeadline field must be between the registration date {today:yyyy-MM-dd} and {MaxDeadline(today):yyyy-MM-dd}.");
        }

        if (c.NamedEmployeeIds.Count > 20 || c.NamedEmployeeIds.Any(id => string.IsNullOrWhiteSpace(id) || id.Length > 24 || SafeText.FindUnsafe(id, multiLine: false) >= 0))
        {
            Add("namedEmployeeIds", NamedEmployees, "Up to 20 employee ids of 1–24 characters.");
        }

        return errors;
    }

    /// <summary>The regulator's deadline lies between the registration date and a year after it.</summary>
    public static bool IsDeadlineInRange(DateOnly deadline, DateOnly today) => deadline >= today && deadline <= MaxDeadline(today);

    /// <summary>English messages per field, as the API reports them.</summary>
    public static Dictionary<string, string[]> Validate(NewComplaint c, DateOnly today) => ToDictionary(Check(c, today));

    public static Dictionary<string, string[]> ToDictionary(IEnumerable<FieldError> errors) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());

    public static void ThrowIfInvalid(NewComplaint c, DateOnly today)
    {
        var errors = Check(c, today);
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    private static DateOnly MaxDeadline(DateOnly today) => today.AddYears(ComplaintLimits.RegulatorDeadlineYears);
}
