using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Web.Resources;
using Microsoft.Extensions.Localization;

namespace ComplaintOps.Web.Localization;

/// <summary>
/// A refusal in the user's language, chosen by its stable code ("Error.&lt;code&gt;" in the resources). The exception's
/// English message is for logs and the API; a code without a text shows a generic refusal, never the English message.
/// </summary>
public static class DomainErrorText
{
    public static string Of(this IStringLocalizer<SharedResource> l, DomainException refusal)
    {
        var text = l["Error." + refusal.Code];
        return text.ResourceNotFound ? l["Error.refused"] : text;
    }
}
