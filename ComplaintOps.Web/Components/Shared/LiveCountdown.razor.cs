using ComplaintOps.Data.Domain.Sla;
using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Shared;

/// <summary>
/// A countdown to <see cref="DueAtUtc"/> that ticks every second with no server query: inside a <see cref="CountdownScope"/>
/// on the scope's shared timer, otherwise on its own. A clock past due shows as breached even if the snapshot is older.
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

    /// <summary>Set by an enclosing <see cref="CountdownScope"/>: a new value each second re-renders this countdown.</summary>
    [CascadingParameter]
    public CountdownTick? Tick { get; set; }

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
        if (Tick is not null)
        {
            return;   // the scope's timer re-renders this component
        }

        _culture = UiCulture.Capture();
        _timer = Clock.CreateTimer(_ => _ = InvokeAsync(OnTick), null, Second, Second);
    }

    private void OnTick()
    {
        _culture.Apply();
        StateHasChanged();
    }

    public void Dispose() => _timer?.Dispose();
}
