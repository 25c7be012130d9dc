using System.Text.Json;
using ComplaintOps.Analytics.Models;
using ComplaintOps.Analytics.Representation;
using ComplaintOps.Analytics.Text;
using Microsoft.ML;

namespace ComplaintOps.Analytics.Clustering;

/// <summary>
/// A trained complaint clustering: featurisation (PII masking, tokenizer, TF-IDF, LSA) plus an ML.NET k-means model and
/// the labelled clusters. Thread-safe: featurisation is immutable and k-means scoring goes through a pool of prediction
/// engines. <see cref="Embed"/> is public for similar-case search; <see cref="Assign"/> places a new complaint.
/// </summary>
public sealed class TopicModel
{
    private const string KMeansFile = "kmeans.zip";
    private const string ClustersFile = "clusters.json";

    private readonly PredictionEnginePool<EmbeddingRow, ClusterPrediction> engines;

    /// <summary>Assembles a model from its trained parts.</summary>
    public TopicModel(TopicModelParts parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Parts = parts;
        var ml = new MLContext(0);
        var schema = KMeansClusterer.Schema(parts.Featurizer.Dimensions);
        engines = new PredictionEnginePool<EmbeddingRow, ClusterPrediction>(
            () => ml.Model.CreatePredictionEngine<EmbeddingRow, ClusterPrediction>(parts.KMeans, inputSchemaDefinition: schema));
    }

    /// <summary>The trained parts (vocabulary, projection, k-means model, clusters).</summary>
    public TopicModelParts Parts { get; }

    /// <summary>The clusters, indexed by <see cref="Cluster.Id"/>.</summary>
    public IReadOnlyList<Cluster> Clusters => Parts.Clusters;

    /// <summary>Embedding size.</summary>
    public int Dimensions => Parts.Featurizer.Dimensions;

    /// <summary>Sparse TF-IDF vector of a text (personal data masked first).</summary>
    public SparseVector Vectorize(string text) => Parts.Featurizer.Vectorize(text);

    /// <summary>The L2-normalised LSA embedding of a text: cosine similarity between two texts is the dot product of their embeddings.</summary>
    public float[] Embed(string text) => Parts.Featurizer.Embed(text);

    /// <summary>Assigns a new complaint to its nearest cluster.</summary>
    public ClusterAssignment Assign(string text) => AssignEmbedding(Embed(text));

    /// <summary>Assigns an already computed embedding (see <see cref="Embed"/>).</summary>
    public ClusterAssignment AssignEmbedding(float[] embedding)
    {
        ArgumentNullException.ThrowIfNull(embedding);
        var prediction = engines.Predict(new EmbeddingRow { Features = embedding });
        var id = (int)prediction.ClusterId - 1;
        var sorted = prediction.Distances.Order().ToArray();
        var d1 = Math.Sqrt(Math.Max(0, sorted[0]));
        var d2 = sorted.Length > 1 ? Math.Sqrt(Math.Max(0, sorted[1])) : d1;
        var confidence = d1 + d2 <= 0 ? 0 : (d2 - d1) / (d2 + d1);
        var centroid = Parts.Centroids[id];
        var norm = Math.Sqrt(VectorMath.Dot(centroid, centroid));
        var similarity = norm <= 0 ? 0 : VectorMath.Dot(embedding, centroid) / norm;
        return new ClusterAssignment(id, similarity, confidence);
    }

    /// <summary>Writes the model files into <paramref name="directory"/> (which must exist).</summary>
    public void Save(string directory)
    {
        var ml = new MLContext(0);
        ml.Model.Save(Parts.KMeans, ml.Data.LoadFromEnumerable(Array.Empty<EmbeddingRow>(), KMeansClusterer.Schema(Dimensions)).Schema, Path.Combine(directory, KMeansFile));
        Parts.Featurizer.Save(directory);
        File.WriteAllText(Path.Combine(directory, ClustersFile), JsonSerializer.Serialize(new SavedClusters(Parts.Clusters, Parts.Centroids)));
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static TopicModel Load(string directory)
    {
        var ml = new MLContext(0);
        var kmeans = ml.Model.Load(Path.Combine(directory, KMeansFile), out _);
        var clusters = JsonSerializer.Deserialize<SavedClusters>(File.ReadAllText(Path.Combine(directory, ClustersFile)))
            ?? throw new InvalidDataException("Empty clusters file.");
        return new TopicModel(new TopicModelParts(LsaFeaturizer.Load(directory), kmeans, clusters.Centroids, clusters.Clusters));
    }

    private sealed record SavedClusters(IReadOnlyList<Cluster> Clusters, float[][] Centroids);
}
