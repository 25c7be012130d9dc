using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Resources;
using Microsoft.Extensions.Localization;

namespace ComplaintOps.Web.Components.Pages.Complaints;

/// <summary>The remedies a decision notice offered, as one line in the reader's language.</summary>
public static class RemedyLabels
{
    public static string Of(IStringLocalizer<SharedResource> l, Remedies remedies) =>
        string.Join(Labels.IsChinese ? "、" : ", ",
            Enum.GetValues<Remedies>().Where(r => r != Remedies.None && remedies.HasFlag(r)).Select(r => l.Enum("Remedy", r)));
}
