using System.ComponentModel.DataAnnotations;
using ComplaintOps.Data.Domain.Common;

namespace ComplaintOps.Data.Domain.Hotspots;

/// <summary>Batch-complaint warning (批量投诉): at least <see cref="Threshold"/> complaints on one topic or one product within <see cref="WindowMinutes"/>. Section <c>Analytics:Batch</c>.</summary>
public sealed class BatchOptions
{
    public const string SectionName = "Analytics:Batch";

    [Range(2, 100_000)]
    public int Threshold { get; set; } = 5;

    [Range(1, 10_080)]
    public int WindowMinutes { get; set; } = 120;

    public BatchOptions Validated()
    {
        OptionsValidation.Check(this);
        return this;
    }
}
