using System.Globalization;
using ComplaintOps.Data.Features.Dashboard;
using ComplaintOps.Web.Components.Pages.Queue;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Pages.Dashboard;

/// <summary>Today's headline figures. Each value element holds the number alone ("12", "93.5%", "—"): browser tests read it.</summary>
public sealed partial class KpiTiles
{
    [Parameter, EditorRequired]
    public DashboardSnapshot Snapshot { get; set; } = default!;

    private sealed record Tile(string Label, string Value, string TestId, string Hint, string Css, string? Href = null);

    private IEnumerable<Tile> Tiles()
    {
        var today = Snapshot.Today;
        yield return new("Kpi.ReceivedToday", Number(today.Received), "kpi-received-today", L["Kpi.Today"], "kpi-received");
        yield return new("Kpi.ClosedToday", Number(today.Closed), "kpi-closed-today", L["Kpi.Today"], "kpi-closed");
        yield return new("Kpi.TimelyRate", Labels.Percent(today.TimelyRate), "kpi-timely-rate", L["Kpi.ClocksMet", today.ClocksMetOnTime, today.ClocksMet],
            RateCss(today.TimelyRate));
        yield return new("Kpi.Satisfaction", Labels.Percent(today.SatisfactionRate), "kpi-satisfaction", L["Kpi.Rated", today.Satisfied, today.Rated],
            RateCss(today.SatisfactionRate));
        yield return new("Kpi.OpenTotal", Number(Snapshot.OpenTotal), "kpi-open-total", L["Kpi.VipMajor", Snapshot.VipOpen, Snapshot.MajorOpen], "kpi-open",
            QueueFilter.Path);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string RateCss(double? rate) => rate switch
    {
        null => "kpi-rate",
        >= 0.9 => "kpi-rate kpi-good",
        >= 0.75 => "kpi-rate kpi-fair",
        _ => "kpi-rate kpi-poor",
    };
}
