namespace ComplaintOps.Analytics.Clustering;

/// <summary>A trained model plus what training learned about the training texts: each text's cluster and the k-selection scores.</summary>
public sealed record TopicModelTrainingResult(TopicModel Model, int[] Assignments, IReadOnlyDictionary<int, double> ClusterCountScores);
