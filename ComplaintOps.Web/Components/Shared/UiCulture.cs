using System.Globalization;

namespace ComplaintOps.Web.Components.Shared;

/// <summary>
/// The circuit's UI language, captured where the component initialises. Blazor Server runs an <c>InvokeAsync</c> callback on the
/// circuit's dispatcher but with the caller's execution context, so a callback from a background thread (the dashboard
/// aggregator, a timer) would render in the server's default culture. Such callbacks call <see cref="Apply"/> first.
/// </summary>
public readonly record struct UiCulture(CultureInfo Culture, CultureInfo UICulture)
{
    public static UiCulture Capture() => new(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    public void Apply()
    {
        CultureInfo.CurrentCulture = Culture;
        CultureInfo.CurrentUICulture = UICulture;
    }
}
