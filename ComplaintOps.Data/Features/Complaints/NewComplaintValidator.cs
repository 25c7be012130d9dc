using System.Net.Mail;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using static ComplaintOps.Data.Features.Complaints.FieldErrorCodes;

namespace ComplaintOps.Data.Features.Complaints;

/// <summary>
/// Intake rules shared by the API and the registration form. Field names are the API's camelCase names.
/// <c>nowUtc</c> is the registration instant (the receipt time is checked against it) and <c>today</c> its date in the
/// bank's calendar (the regulator's deadline and the agent's authorisation date are checked against it).
/// </summary>
public static class NewComplaintValidator
{
    public static IReadOnlyList<FieldError> Check(NewComplaint c, DateTimeOffset nowUtc, DateOnly today)
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

        var phoneOk = Text("customerPhone", c.CustomerPhone, ComplaintLimits.Phone, required: false);
        var emailOk = Text("customerEmail", c.CustomerEmail, ComplaintLimits.Email, required: false);
        Text("customerIdNumber", c.CustomerIdNumber, ComplaintLimits.IdNumber, required: false);
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

        if (c.Region is { } region && !Regions.Exists(region))
        {
            Add("region", Region, "The region field must be a province-level code from the region catalog (e.g. 310000 for Shanghai).");
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

        if (c.ReceivedAt is { } received && !IsReceiptInRange(received, nowUtc))
        {
            Add("receivedAt", ReceivedAt,
                $"The receivedAt field must lie between {ComplaintLimits.ReceiptMaxAgeDays} days before registration and now (not in the future).");
        }

        Text("regulatorName", c.RegulatorName, ComplaintLimits.Name, required: false);
        if (Text("regulatorReference", c.RegulatorReference, ComplaintLimits.Reference, required: false) is false
            && string.IsNullOrWhiteSpace(c.RegulatorReference) && (c.RegulatorDeadline is not null || c.Channel == Channel.Regulator))
        {
            Add("regulatorReference", RegulatorReference, "A regulator-transferred complaint needs the regulator's reference.");
        }

        CheckParties(c, today, Text, Add);

        if (c.NamedEmployeeIds.Count > 20 || c.NamedEmployeeIds.Any(id => string.IsNullOrWhiteSpace(id) || id.Length > 24 || SafeText.FindUnsafe(id, multiLine: false) >= 0))
        {
            Add("namedEmployeeIds", NamedEmployees, "Up to 20 employee ids of 1–24 characters.");
        }

        return errors;
    }

    private static void CheckParties(NewComplaint c, DateOnly today, Func<string, string?, int, bool, bool, bool> text, Action<string, string, string> add)
    {
        void Phone(string field, string? phone)
        {
            if (text(field, phone, ComplaintLimits.Phone, false, false) && !PhoneNumber.IsValid(phone!))
            {
                add(field, FieldErrorCodes.Phone, $"The {field} field is not a valid phone number.");
            }
        }

        void Name(string field, string? name)
        {
            if (text(field, name, ComplaintLimits.Name, true, false) && !SafeText.HasVisibleLetter(name!))
            {
                add(field, NoLetter, $"The {field} field must contain at least one visible letter.");
            }
        }

        if (c.JointComplainants.Count > ComplaintLimits.JointComplainants)
        {
            add("jointComplainants", JointComplainants, $"At most {ComplaintLimits.JointComplainants} joint complainants (got {c.JointComplainants.Count}).");
        }
        else
        {
            for (var i = 0; i < c.JointComplainants.Count; i++)
            {
                var (name, phone, idNumber) = c.JointComplainants[i] ?? new JointComplainant("");
                Name($"jointComplainants[{i}].name", name);
                Phone($"jointComplainants[{i}].phone", phone);
                text($"jointComplainants[{i}].idNumber", idNumber, ComplaintLimits.IdNumber, false, false);
            }
        }

        if (c.Agent is not { } agent)
        {
            return;
        }

        Name("agent.name", agent.Name);
        Phone("agent.phone", agent.Phone);
        text("agent.idNumber", agent.IdNumber, ComplaintLimits.IdNumber, false, false);
        text("agent.relationship", agent.Relationship, ComplaintLimits.Relationship, false, false);
        if (!text("agent.authorizationReference", agent.AuthorizationReference, ComplaintLimits.Reference, false, false)
            && string.IsNullOrWhiteSpace(agent.AuthorizationReference))
        {
            add("agent.authorizationReference", AgentAuthorization, "An agent acts only on a signed authorisation: give its reference.");
        }

        if (agent.AuthorizedOn is not { } signed || signed > today)
        {
            add("agent.authorizedOn", AuthorizedOn, $"The date the authorisation was signed is required and cannot be after {today:yyyy-MM-dd}.");
        }
    }

    /// <summary>A complaint is received at most <see cref="ComplaintLimits.ReceiptMaxAgeDays"/> days before registration, never after.</summary>
    public static bool IsReceiptInRange(DateTimeOffset received, DateTimeOffset nowUtc) =>
        received <= nowUtc && received >= nowUtc.AddDays(-ComplaintLimits.ReceiptMaxAgeDays);

    /// <summary>The regulator's deadline lies between the registration date and a year after it.</summary>
    public static bool IsDeadlineInRange(DateOnly deadline, DateOnly today) => deadline >= today && deadline <= MaxDeadline(today);

    /// <summary>English messages per field, as the API reports them.</summary>
    public static Dictionary<string, string[]> Validate(NewComplaint c, DateTimeOffset nowUtc, DateOnly today) => ToDictionary(Check(c, nowUtc, today));

    public static Dictionary<string, string[]> ToDictionary(IEnumerable<FieldError> errors) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());

    public static void ThrowIfInvalid(NewComplaint c, DateTimeOffset nowUtc, DateOnly today)
    {
        var errors = Check(c, nowUtc, today);
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    private static DateOnly MaxDeadline(DateOnly today) => today.AddYears(ComplaintLimits.RegulatorDeadlineYears);
}
