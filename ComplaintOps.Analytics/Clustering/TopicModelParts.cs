using ComplaintOps.Analytics.Representation;
using Microsoft.ML;

namespace ComplaintOps.Analytics.Clustering;

/// <summary>Everything a <see cref="TopicModel"/> is made of; produced by <see cref="TopicModelTrainer"/> or read from files.</summary>
public sealed record TopicModelParts(
    LsaFeaturizer Featurizer,
    ITransformer KMeans,
    float[][] Centroids,
    IReadOnlyList<Cluster> Clusters);
