namespace ComplaintOps.Data.Features.CaseLibrary;

/// <summary>A query word's posting joined with its case's length: what BM25 reads. A class with setters so EF can compose over it.</summary>
internal sealed class CasePosting
{
    public Guid CaseId { get; init; }

    public string Term { get; init; } = "";

    public int Count { get; init; }

    public int Length { get; init; }
}
