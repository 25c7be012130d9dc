using System.Globalization;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Web.Components.Pages.Governance;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Resources;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace ComplaintOps.Web.Governance;

/// <summary>
/// A meeting's minutes as an XLSX workbook with three sheets — Meeting (heading facts), Agenda (one row per item: the
/// frozen snapshot and the findings), Actions (one row per action item) — headed in the reader's language.
/// </summary>
public static class MinutesWorkbook
{
    public const string MeetingSheet = "Meeting";
    public const string AgendaSheet = "Agenda";
    public const string ActionsSheet = "Actions";

    public static async Task WriteAsync(Stream stream, MeetingDetail m, IStringLocalizer<SharedResource> l, LocalTime time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(time);
        var meeting = new List<Dictionary<string, object?>>
        {
            Pair(l["Meetings.MeetingTitle"], m.Title),
            Pair(l["Meetings.Period"], $"{GovernanceLabels.Date(m.PeriodFrom)} – {GovernanceLabels.Date(m.PeriodTo)}"),
            Pair(l["Meetings.HeldAt"], time.Format(m.HeldAtUtc)),
            Pair(l["Meetings.Status"], l.Enum("Meeting.Status", m.Status)),
            Pair(l["Meetings.Participants"], string.Join("、", m.Participants.Select(GovernanceLabels.Name))),
            Pair(l["Minutes.Frozen"], $"{time.Format(m.CreatedAtUtc)} {m.CreatedByName}"),
        };
        var agenda = m.Items.Select(i => new Dictionary<string, object?>
        {
            ["#"] = i.Position,
            [l["Agenda.Kind"]] = l.Enum("Agenda.Kind", i.Kind),
            [l["Agenda.Subject"]] = GovernanceLabels.Subject(i),
            [l["Agenda.Figures"]] = string.Join("; ", i.Figures.Select(f => $"{l.FigureName(f)} {GovernanceLabels.FigureValue(f)}")),
            [l["Agenda.ComplaintCount"]] = i.ComplaintTotal,
            [l["Agenda.References"]] = string.Join(" ", i.Complaints.Select(c => c.Reference)),
            [l["Agenda.Findings"]] = i.Findings,
            [l["Agenda.RootCause"]] = i.RootCause,
            [l["Agenda.ResponsibleDepartment"]] = i.ResponsibleDepartment is null ? null : Labels.Department(i.ResponsibleDepartment),
        }).ToList();
        var positions = m.Items.ToDictionary(i => i.Id, i => i.Position);
        var actions = m.Actions.Select(a => new Dictionary<string, object?>
        {
            ["#"] = a.AgendaItemId is { } item && positions.TryGetValue(item, out var p) ? p : null,
            [l["Actions.ItemTitle"]] = a.Title,
            [l["Actions.Owner"]] = a.OwnerName,
            [l["Actions.Department"]] = Labels.Department(a.Department),
            [l["Actions.Due"]] = GovernanceLabels.Date(a.DueDate),
            [l["Actions.Status"]] = l.Enum("Actions.State", a.Status),
            [l["Actions.CompletedOn"]] = a.CompletedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [l["Actions.Evidence"]] = a.Evidence,
        }).ToList();
        var sheets = new Dictionary<string, object>
        {
            [MeetingSheet] = meeting,
            [AgendaSheet] = agenda,
            [ActionsSheet] = actions,
        };
        await MiniExcel.SaveAsAsync(stream, sheets, cancellationToken: cancellationToken);
    }

    private static Dictionary<string, object?> Pair(string name, string value) => new() { ["Field"] = name, ["Value"] = value };
}
