using ComplaintOps.Analytics.Text;
using ComplaintOps.Data.Text;
using Microsoft.ML;

namespace ComplaintOps.Analytics.Clustering;

/// <summary>Everything a <see cref="TopicModel"/> is made of; produced by <see cref="TopicModelTrainer"/> or read from files.</summary>
public sealed record TopicModelParts(
    TextTokenizerOptions Tokenizer,
    TfIdfVectorizer Vectorizer,
    Lsa Lsa,
    ITransformer KMeans,
    float[][] Centroids,
    IReadOnlyList<Cluster> Clusters);
