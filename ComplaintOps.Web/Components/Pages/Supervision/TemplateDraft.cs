using ComplaintOps.Data.Domain.Supervision;

namespace ComplaintOps.Web.Components.Pages.Supervision;

/// <summary>The template being edited on the page (a new one has no id).</summary>
public sealed class TemplateDraft
{
    public Guid? Id { get; init; }

    public int Version { get; init; }

    public string Category { get; set; } = ReplyTemplate.AnyCategory;

    public string Language { get; set; } = "zh";

    public string? Title { get; set; }

    public string? Verification { get; set; }

    public string? Basis { get; set; }

    public string? Reasons { get; set; }
}
