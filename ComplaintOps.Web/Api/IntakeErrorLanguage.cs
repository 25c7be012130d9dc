using System.Globalization;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Web.Components.Pages.Complaints;
using ComplaintOps.Web.Resources;
using Microsoft.Extensions.Localization;

namespace ComplaintOps.Web.Api;

/// <summary>
/// The intake API answers field errors in the request's own language, its <c>language</c> field ("zh", the default, or
/// "en"): the one language the caller declares, since the application ignores Accept-Language. Chinese uses the form's
/// texts ("Validation.{Code}"); English keeps the validator's detailed messages.
/// </summary>
public static class IntakeErrorLanguage
{
    private static readonly CultureInfo Chinese = new("zh-CN");

    public static Dictionary<string, string[]> Messages(IEnumerable<FieldError> errors, string? language, IStringLocalizer<SharedResource> localizer)
    {
        if ((language?.Trim() ?? "zh") != "zh")
        {
            return NewComplaintValidator.ToDictionary(errors);
        }

        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Chinese;
        try
        {
            return NewComplaintValidator.ToDictionary([.. errors.Select(e => e with { Message = IntakeErrorText.Localize(localizer, e) })]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
