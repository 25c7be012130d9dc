using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Complaints;

public enum ComplaintSort
{
    Newest,
    Oldest,
    DueSoonest,
    Reference,
}

/// <summary>Filters, sort and page of the complaint list (UI-agnostic).</summary>
public sealed record ComplaintListQuery
{
    public string? Text { get; init; }

    public IReadOnlyList<ComplaintStatus> Statuses { get; init; } = [];

    public bool OpenOnly { get; init; }

    /// <summary>"My cases": assigned to the viewer, or waiting unassigned in the viewer's department.</summary>
    public bool MineOnly { get; init; }

    public Channel? Channel { get; init; }

    public string? Category { get; init; }

    public Severity? Severity { get; init; }

    public string? Department { get; init; }

    public CustomerTier? CustomerTier { get; init; }

    public DateTimeOffset? RegisteredFromUtc { get; init; }

    public DateTimeOffset? RegisteredToUtc { get; init; }

    public ComplaintSort Sort { get; init; } = ComplaintSort.Newest;

    public int Skip { get; init; }

    public int Take { get; init; } = 25;
}
