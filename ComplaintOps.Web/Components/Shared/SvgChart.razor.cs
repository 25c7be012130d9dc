using Microsoft.AspNetCore.Components;
using ScottPlot;

namespace ComplaintOps.Web.Components.Shared;

public partial class SvgChart
{
    private MarkupString _svg;

    /// <summary>Builds the plot to draw (see <see cref="Charts"/>). Called on every render with new parameters.</summary>
    [Parameter, EditorRequired]
    public Func<Plot> Build { get; set; } = null!;

    [Parameter]
    public int Width { get; set; } = 640;

    [Parameter]
    public int Height { get; set; } = 280;

    protected override void OnParametersSet()
    {
        using var plot = Build();
        _svg = new MarkupString(Charts.ToInlineSvg(plot, Width, Height));
    }
}
