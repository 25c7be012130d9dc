namespace ComplaintOps.Data.Features.CaseLibrary;

/// <summary>A matching case: how many distinct query words it has and its BM25 score.</summary>
internal sealed class ScoredCase
{
    public Guid CaseId { get; init; }

    public int Words { get; init; }

    public double Score { get; init; }
}
