using Microsoft.AspNetCore.Components;

namespace ComplaintOps.Web.Components.Shared;

/// <summary>
/// Shares one per-second timer among the <see cref="LiveCountdown"/>s inside it. A page of 50 countdowns then costs one
/// timer and one render batch a second per circuit instead of 50 of each.
/// </summary>
public sealed partial class CountdownScope : IDisposable
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private ITimer? _timer;
    private UiCulture _culture;
    private CountdownTick _now = null!;

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    protected override void OnInitialized()
    {
        _culture = UiCulture.Capture();
        _now = new CountdownTick(Clock.GetUtcNow());
        _timer = Clock.CreateTimer(_ => _ = InvokeAsync(Tick), null, Second, Second);
    }

    private void Tick()
    {
        _culture.Apply();
        _now = new CountdownTick(Clock.GetUtcNow());
        StateHasChanged();
    }

    public void Dispose() => _timer?.Dispose();
}

/// <summary>The time a <see cref="CountdownScope"/> last ticked (a new instance per tick, so subscribers re-render).</summary>
public sealed record CountdownTick(DateTimeOffset UtcNow);
