using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Pages.Complaints;

/// <summary>Every clock of the complaint with its due time, state and a countdown.</summary>
public sealed partial class ClocksPanel
{
    [Parameter, EditorRequired]
    public IReadOnlyList<ClockView> Clocks { get; set; } = [];

    [Inject]
    private LocalTime Time { get; set; } = default!;

    private static bool IsRunning(ClockView clock) => clock.State is ClockState.OnTime or ClockState.AtRisk or ClockState.Breached;

    private string Countdown(ClockView clock) => clock switch
    {
        _ when IsRunning(clock) => L.Countdown(clock.DueAtUtc - Time.UtcNow),
        { MetAtUtc: { } met } => L["Clock.Met", Time.ToLocal(met).ToString("MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)],
        _ => "",
    };

    private static string CountdownClass(ClockView clock) => clock.State switch
    {
        ClockState.Breached => "countdown due-overdue",
        ClockState.AtRisk => "countdown due-risk",
        _ => "countdown",
    };
}
