using ComplaintOps.Web.Resources;
using Microsoft.Extensions.Localization;

namespace ComplaintOps.Web.Components.Pages.Complaints;

/// <summary>
/// Puts <c>NewComplaintValidator</c>'s English messages (shared with the API) into the UI language.
/// Known messages are recognised by their wording; anything else is shown as the validator wrote it.
/// </summary>
public static class IntakeErrorText
{
    public static string Localize(IStringLocalizer<SharedResource> l, string field, string message) => message switch
    {
        _ when message.EndsWith(" field is required.", StringComparison.Ordinal) => l["Validation.Required"],
        _ when message.Contains("must be at most", StringComparison.Ordinal) => l["Validation.TooLong"],
        _ when message.StartsWith("A phone number or an email address", StringComparison.Ordinal) => l["Validation.Contact"],
        _ when field == "customerEmail" && message.Contains("not a valid email", StringComparison.Ordinal) => l["Validation.Email"],
        _ when field == "customerPhone" && message.Contains("may contain only", StringComparison.Ordinal) => l["Validation.Phone"],
        _ when field == "regulatorDeadline" => l["Validation.RegulatorDeadline"],
        _ when field == "disputedAmount" => l["Validation.Negative"],
        _ => message,
    };
}
