namespace ComplaintOps.Data.Domain.CaseLibrary;

/// <summary>What a handler writes when promoting a closed complaint: the anonymised story and what was learnt.</summary>
public sealed record CasePromotion
{
    public required Guid ComplaintId { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required string RootCause { get; init; }

    public required string Resolution { get; init; }

    public required string Lessons { get; init; }
}
