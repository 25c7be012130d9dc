namespace ComplaintOps.Analytics.CaseLibrary;

/// <summary>A case and its cosine similarity to the query vector (about −1 … 1; int8 quantisation error ≈ 0.01).</summary>
public readonly record struct SimilarCaseHit(Guid CaseId, float Similarity);
