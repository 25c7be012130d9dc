namespace ComplaintOps.Analytics.Clustering;

/// <summary>One cluster of complaints: 0-based id, a label made of its most distinctive terms, size and quality.</summary>
/// <param name="Quality">Mean simplified silhouette of the members, −1..1; higher means tighter and better separated.</param>
public sealed record Cluster(int Id, string Label, IReadOnlyList<string> TopTerms, int Size, double Quality);
