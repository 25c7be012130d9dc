using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Web.Resources;
using Microsoft.Extensions.Localization;

namespace ComplaintOps.Web.Components.Pages.Complaints;

/// <summary>
/// Puts a validator refusal into the UI language by its code (resource "Validation.{Code}"). A code without a UI
/// string, or a refusal without a code, is shown as the validator wrote it (English), never hidden.
/// </summary>
public static class IntakeErrorText
{
    public static string Localize(IStringLocalizer<SharedResource> l, FieldError error)
    {
        if (error.Code.Length == 0)
        {
            return error.Message;
        }

        var text = l["Validation." + error.Code];
        return text.ResourceNotFound ? error.Message : text.Value;
    }
}
