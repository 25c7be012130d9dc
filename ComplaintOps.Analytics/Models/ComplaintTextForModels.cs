using ComplaintOps.Data.Features.Topics;
using ComplaintOps.Data.Text;

namespace ComplaintOps.Analytics.Models;

/// <summary>The one way a complaint becomes model input: subject and description, the customer's name and personal data masked.</summary>
public static class ComplaintTextForModels
{
    public static string Of(ComplaintText complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return Of(complaint.Subject, complaint.Description, complaint.CustomerName);
    }

    public static string Of(string subject, string description, string? customerName = null)
    {
        var text = subject + "\n" + description;
        if (!string.IsNullOrWhiteSpace(customerName) && customerName.Trim().Length > 1)
        {
            text = text.Replace(customerName.Trim(), "‹NAME›", StringComparison.OrdinalIgnoreCase);
        }

        return PiiMasker.Mask(text);
    }
}
