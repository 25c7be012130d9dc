using Microsoft.ML;

namespace ComplaintOps.Analytics.Clustering;

/// <summary>A fitted ML.NET k-means model with its centroids, the training assignments and the within-cluster sum of squares.</summary>
public sealed record KMeansRun(ITransformer Model, float[][] Centroids, int[] Assignments, double Inertia);
