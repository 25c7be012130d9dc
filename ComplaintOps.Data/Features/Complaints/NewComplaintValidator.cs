using System.Net.Mail;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Complaints;

/// <summary>Intake rules shared by the API and the registration form. Field names are the API's camelCase names.</summary>
public static class NewComplaintValidator
{
    public static Dictionary<string, string[]> Validate(NewComplaint c)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        void Text(string field, string? value, int max, bool required)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required)
                {
                    Add(field, $"The {field} field is required.");
                }
            }
            else if (value.Length > max)
            {
                Add(field, $"The {field} field must be at most {max} characters (got {value.Length}).");
            }
        }

        Text("subject", c.Subject, ComplaintLimits.Subject, required: true);
        Text("description", c.Description, ComplaintLimits.Description, required: true);
        Text("customerName", c.CustomerName, ComplaintLimits.Name, required: true);
        Text("customerPhone", c.CustomerPhone, 32, required: false);
        Text("customerEmail", c.CustomerEmail, ComplaintLimits.Email, required: false);
        Text("customerIdNumber", c.CustomerIdNumber, 32, required: false);
        Text("customerAccount", c.CustomerAccount, 40, required: false);
        Text("product", c.Product, ComplaintLimits.Product, required: false);
        Text("externalReference", c.ExternalReference, 64, required: false);

        if (string.IsNullOrWhiteSpace(c.CustomerPhone) && string.IsNullOrWhiteSpace(c.CustomerEmail))
        {
            Add("customerPhone", "A phone number or an email address is required to reach the customer.");
        }

        if (!string.IsNullOrWhiteSpace(c.CustomerEmail) && !MailAddress.TryCreate(c.CustomerEmail, out _))
        {
            Add("customerEmail", "The customerEmail field is not a valid email address.");
        }

        if (!string.IsNullOrWhiteSpace(c.CustomerPhone) && !c.CustomerPhone.All(ch => char.IsDigit(ch) || ch is '+' or '-' or ' ' or '(' or ')'))
        {
            Add("customerPhone", "The customerPhone field may contain only digits, spaces and + - ( ).");
        }

        if (c.Language is not ("zh" or "en"))
        {
            Add("language", "The language field must be 'zh' or 'en'.");
        }

        if (c.DisputedAmount is < 0)
        {
            Add("disputedAmount", "The disputedAmount field cannot be negative.");
        }

        if (c.Channel == Channel.Regulator && c.RegulatorDeadline is null)
        {
            Add("regulatorDeadline", "A regulator-transferred complaint needs the deadline the regulator set.");
        }

        if (c.NamedEmployeeIds.Count > 20 || c.NamedEmployeeIds.Any(id => string.IsNullOrWhiteSpace(id) || id.Length > 24))
        {
            Add("namedEmployeeIds", "Up to 20 employee ids of 1–24 characters.");
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    public static void ThrowIfInvalid(NewComplaint c)
    {
        var errors = Validate(c);
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }
}
