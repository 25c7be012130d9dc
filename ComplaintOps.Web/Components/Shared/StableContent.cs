using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace ComplaintOps.Web.Components.Shared;

/// <summary>
/// Renders <see cref="Content"/> again only when it is a new fragment (its owner re-rendered), not when a wrapper around it
/// re-renders for its own reasons, e.g. <see cref="CountdownScope"/> ticking.
/// </summary>
public sealed class StableContent : ComponentBase
{
    private RenderFragment? _rendered;

    [Parameter]
    public RenderFragment? Content { get; set; }

    protected override bool ShouldRender() => !ReferenceEquals(_rendered, Content);

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        _rendered = Content;
        builder.AddContent(0, Content);
    }
}
