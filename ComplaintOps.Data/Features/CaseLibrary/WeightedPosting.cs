namespace ComplaintOps.Data.Features.CaseLibrary;

/// <summary>One posting's BM25 weight; a case's score is the sum of its postings' weights.</summary>
internal sealed class WeightedPosting
{
    public Guid CaseId { get; init; }

    public double Weight { get; init; }
}
