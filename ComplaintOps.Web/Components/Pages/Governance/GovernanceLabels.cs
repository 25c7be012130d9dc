using System.Globalization;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Web.Localization;
using ComplaintOps.Web.Resources;
using Microsoft.Extensions.Localization;

namespace ComplaintOps.Web.Components.Pages.Governance;

/// <summary>How the governance pages word targets, agenda items, figures and participants, in the reader's language.</summary>
public static class GovernanceLabels
{
    /// <summary>"Topic #17 · name", "Product 信用卡", "Department 信用卡中心", "Partner ACME"; a topic by the supplied naming.</summary>
    public static string Target(this IStringLocalizer<SharedResource> l, RootCauseTarget target, Func<RootCauseTarget, string>? topicName = null) =>
        $"{l.Enum("Actions.Kind", target.Kind)} " + target.Kind switch
        {
            RootCauseTargetKind.Topic => topicName?.Invoke(target) ?? target.Topic.ToString(),
            RootCauseTargetKind.Category => Labels.Category(target.Code),
            RootCauseTargetKind.Department => Labels.Department(target.Code),
            _ => target.Code ?? "",
        };

    /// <summary>The item's subject as frozen: the topic's name then, the product, the department, or the complaint/action title.</summary>
    public static string Subject(AgendaItemDto item) => item.Kind switch
    {
        AgendaItemKind.MajorComplaint or AgendaItemKind.RegulatorTransfer or AgendaItemKind.BreachedClock or AgendaItemKind.Appeal or AgendaItemKind.ReviewRequest =>
            item.Department is null ? "—" : Labels.Department(item.Department),
        AgendaItemKind.Hotspot or AgendaItemKind.BatchWarning when item.Topic is { } topic => topic.Caption(item.TopicName),
        _ => item.Title,
    };

    public static string Heading(this IStringLocalizer<SharedResource> l, AgendaItemDto item) =>
        $"{item.Position}. {l.Enum("Agenda.Kind", item.Kind)} · {Subject(item)}";

    public static string FigureName(this IStringLocalizer<SharedResource> l, AgendaFigure figure) => l[$"Agenda.Figure.{figure.Name}"];

    public static string FigureValue(AgendaFigure figure) => figure.IsRate
        ? figure.Name == "growth" ? Labels.Growth(figure.Value) : Labels.Percent(figure.Value)
        : figure.Value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Name(MeetingParticipant p) => Labels.IsChinese ? p.Name : p.NameEn;

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
