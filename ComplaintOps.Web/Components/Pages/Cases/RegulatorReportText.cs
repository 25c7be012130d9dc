using System.Text;
using ComplaintOps.Data.Features.RegulatorReports;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Resources;
using Microsoft.Extensions.Localization;

namespace ComplaintOps.Web.Components.Pages.Cases;

/// <summary>The editable first draft of a major-complaint report, in the user's language, from the complaint's facts.</summary>
public static class RegulatorReportText
{
    public static string Compose(IStringLocalizer<SharedResource> l, LocalTime time, RegulatorReportTask task)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(task);
        var d = task.Draft;
        var text = new StringBuilder();
        Line(text, l["Report.Complaint"], task.Reference);
        Line(text, l["Report.Reason"], task.Reason is { } reason ? l.Enum("MajorReason", reason) : "—");
        Line(text, l["Report.Received"], time.Format(d.ReceivedAtUtc));
        Line(text, l["Report.Designated"], time.Format(d.DesignatedAtUtc));
        Line(text, l["Report.Facts"], d.Subject + " — " + d.Summary);
        Line(text, l["Report.Customers"], d.CustomersAffected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Line(text, l["Report.Amount"], Labels.Money(d.DisputedAmount));
        Line(text, l["Report.Status"], l.Enum("Status", d.Status));
        Line(text, l["Report.RootCause"], d.RootCause ?? l["Report.NotYet"]);
        Line(text, l["Report.Measures"], d.Measures ?? l["Report.NotYet"]);
        if (d.CompensationAmount > 0)
        {
            Line(text, l["Report.Compensation"], Labels.Money(d.CompensationAmount));
        }

        return text.ToString().TrimEnd();
    }

    private static void Line(StringBuilder text, string label, string value) => text.Append(label).Append(": ").AppendLine(value);
}
