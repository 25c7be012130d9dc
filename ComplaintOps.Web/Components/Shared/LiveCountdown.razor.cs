using ComplaintOps.Data.Domain.Sla;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Shared;

/// <summary>
/// A countdown to <see cref="DueAtUtc"/> that ticks every second on its own timer: it re-renders only this text, from the
/// injected <see cref="TimeProvider"/>, with no server query. A clock past due shows as breached even if the snapshot is older.
/// </summary>
public sealed partial class LiveCountdown : IDisposable
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private ITimer? _timer;
    private UiCulture _culture;

    [Parameter, EditorRequired]
    public DateTimeOffset DueAtUtc { get; set; }

    /// <summary>The state when the data was computed (on time / at risk / breached): sets the colour.</summary>
    [Parameter, EditorRequired]
    public ClockState State { get; set; }

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private TimeSpan Remaining => DueAtUtc - Clock.GetUtcNow();

    private ClockState EffectiveState => Remaining < TimeSpan.Zero && State is ClockState.OnTime or ClockState.AtRisk ? ClockState.Breached : State;

    private string CssClass => EffectiveState switch
    {
        ClockState.Breached => "countdown due-overdue",
        ClockState.AtRisk => "countdown due-risk",
        _ => "countdown due-ok",
    };

    protected override void OnInitialized()
    {
        _culture = UiCulture.Capture();
        _timer = Clock.CreateTimer(_ => _ = InvokeAsync(Tick), null, Second, Second);
    }

    private void Tick()
    {
        _culture.Apply();
        StateHasChanged();
    }

    public void Dispose() => _timer?.Dispose();
}
