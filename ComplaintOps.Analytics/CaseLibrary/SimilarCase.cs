using ComplaintOps.Data.Features.CaseLibrary;

namespace ComplaintOps.Analytics.CaseLibrary;

/// <summary>A library case shown under "similar cases", with its cosine similarity to the complaint.</summary>
public sealed record SimilarCase(CaseSearchHit Case, float Similarity);
