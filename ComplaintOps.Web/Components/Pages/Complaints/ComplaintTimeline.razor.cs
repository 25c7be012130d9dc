using System.Globalization;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Notices;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Severity = ComplaintOps.Data.Domain.Reference.Severity;

namespace ComplaintOps.Web.Components.Pages.Complaints;

/// <summary>The complaint's history, newest first: each event as recorded (who, when, what, why).</summary>
public sealed partial class ComplaintTimeline
{
    /// <summary>Shown as the reason line or redundant with another key, so not repeated in the details.</summary>
    private static readonly HashSet<string> Hidden = ["note", "handlerId", "consultation"];

    [Parameter, EditorRequired]
    public IReadOnlyList<EventView> Events { get; set; } = [];

    [Parameter, EditorRequired]
    public bool HistoryIntact { get; set; }

    [Inject]
    private LocalTime Time { get; set; } = default!;

    private string KindText(EventView e) => L[$"Event.{e.Kind}"];

    private static IEnumerable<KeyValuePair<string, string>> VisibleDetails(EventView e) => e.Details.Where(d => !Hidden.Contains(d.Key));

    private string DetailValue(string key, string value) => key switch
    {
        "clock" => Localized<ClockKind>("Clock", value),
        "oldDue" or "newDue" => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var due) ? Time.Format(due) : value,
        "category" => Labels.Category(value),
        "department" => Labels.Department(value),
        "departments" => string.Join(L["Common.ListSeparator"], value.Split(',').Select(Labels.Department)),
        "severity" => Localized<Severity>("Severity", value),
        "channel" or "feedbackChannel" or "callbackChannel" => Localized<Channel>("Channel", value),
        "tier" => Localized<CustomerTier>("Tier", value),
        "compensationKind" => Localized<CompensationKind>("Compensation", value),
        "pauseReason" => Localized<PauseReason>("Pause", value),
        "compensationAmount" => decimal.TryParse(value, CultureInfo.InvariantCulture, out var amount) ? Labels.Money(amount) : value,
        "hasNewFacts" => bool.TryParse(value, out var yes) ? L[yes ? "Common.Yes" : "Common.No"] : value,
        "satisfaction" => value + " / 5",
        "receivedAt" => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? Time.Format(at) : value,
        "policy" => L["Policy." + value],
        "remedies" => Enum.TryParse<Remedies>(value, out var remedies) ? RemedyLabels.Of(L, remedies) : value,
        "outcome" => Localized<ReviewOutcome>("ReviewOutcome", value),
        "majorReason" => Localized<MajorReason>("MajorReason", value),
        "major" => string.Join(L["Common.ListSeparator"], value.Split(',').Select(reason => Localized<MajorReason>("MajorReason", reason))),
        "reportKind" => Localized<RegulatorReportKind>("ReportKind", value),
        "noticeKind" => Localized<NoticeKind>("NoticeKind", value),
        "noticeChannel" => Localized<NoticeChannel>("NoticeChannel", value),
        _ => value,
    };

    private string Localized<TEnum>(string prefix, string value)
        where TEnum : struct, Enum => Enum.TryParse<TEnum>(value, out var parsed) ? L.Enum(prefix, parsed) : value;

    private static Color ColorOf(EventView e) => e.Kind switch
    {
        ComplaintEvent.RegisteredKind => Color.Info,
        nameof(ComplaintTrigger.Withdraw) or nameof(ComplaintTrigger.Reject) or nameof(ComplaintTrigger.ReturnForRework) => Color.Error,
        nameof(ComplaintTrigger.Appeal) or nameof(ComplaintTrigger.Reopen) or nameof(ComplaintTrigger.Pause) => Color.Warning,
        nameof(ComplaintTrigger.Approve) or nameof(ComplaintTrigger.Close) or nameof(ComplaintTrigger.GiveFeedback) => Color.Success,
        nameof(ComplaintTrigger.AddNote) => Color.Default,
        Complaint.DueDateMovedKind => Color.Warning,
        _ => Color.Primary,
    };
}
