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

    /// <summary>
    /// Optional: the immutable data the plot is built from, with <see cref="Name"/>. Given both, the drawing is shared by all
    /// circuits showing the same data in the same language (see <see cref="SharedMarkupCache"/>).
    /// </summary>
    [Parameter]
    public object? SharedData { get; set; }

    [Parameter]
    public string? Name { get; set; }

    [Inject]
    private SharedMarkupCache Cache { get; set; } = default!;

    protected override void OnParametersSet()
    {
        _svg = new MarkupString(SharedData is not null && Name is not null
            ? Cache.GetOrDraw(SharedData, Name, Width, Height, Draw)
            : Draw());
    }

    private string Draw()
    {
        using var plot = Build();
        return Charts.ToInlineSvg(plot, Width, Height);
    }
}
