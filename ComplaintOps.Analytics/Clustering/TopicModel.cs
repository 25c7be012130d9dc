using System.Text.Json;
using ComplaintOps.Analytics.Models;
using ComplaintOps.Analytics.Text;
using ComplaintOps.Data.Text;
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
    private const string VocabularyFile = "vocabulary.json";
    private const string ProjectionFile = "lsa.bin";
    private const string ClustersFile = "clusters.json";

    private readonly TextTokenizer tokenizer;
    private readonly PredictionEnginePool<EmbeddingRow, ClusterPrediction> engines;

    /// <summary>Assembles a model from its trained parts.</summary>
    public TopicModel(TopicModelParts parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Parts = parts;
        tokenizer = new TextTokenizer(parts.Tokenizer);
        var ml = new MLContext(0);
        var schema = KMeansClusterer.Schema(parts.Lsa.Dimensions);
        engines = new PredictionEnginePool<EmbeddingRow, ClusterPrediction>(
            () => ml.Model.CreatePredictionEngine<EmbeddingRow, ClusterPrediction>(parts.KMeans, inputSchemaDefinition: schema));
    }

    /// <summary>The trained parts (vocabulary, projection, k-means model, clusters).</summary>
    public TopicModelParts Parts { get; }

    /// <summary>The clusters, indexed by <see cref="Cluster.Id"/>.</summary>
    public IReadOnlyList<Cluster> Clusters => Parts.Clusters;

    /// <summary>Embedding size.</summary>
    public int Dimensions => Parts.Lsa.Dimensions;

    /// <summary>Sparse TF-IDF vector of a text (personal data masked first).</summary>
    public SparseVector Vectorize(string text) => Parts.Vectorizer.Transform(tokenizer.Tokenize(text));

    /// <summary>The L2-normalised LSA embedding of a text: cosine similarity between two texts is the dot product of their embeddings.</summary>
    public float[] Embed(string text) => Parts.Lsa.Transform(Vectorize(text));

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
        File.WriteAllText(Path.Combine(directory, VocabularyFile), JsonSerializer.Serialize(new SavedVocabulary(Parts.Tokenizer, Parts.Vectorizer.ToState())));
        File.WriteAllText(Path.Combine(directory, ClustersFile), JsonSerializer.Serialize(new SavedClusters(Parts.Clusters, Parts.Centroids)));
        using var stream = File.Create(Path.Combine(directory, ProjectionFile));
        using var writer = new BinaryWriter(stream);
        writer.Write(Parts.Lsa.Terms);
        writer.Write(Parts.Lsa.Dimensions);
        foreach (var x in Parts.Lsa.Components) writer.Write(x);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static TopicModel Load(string directory)
    {
        var ml = new MLContext(0);
        var kmeans = ml.Model.Load(Path.Combine(directory, KMeansFile), out _);
        var vocabulary = JsonSerializer.Deserialize<SavedVocabulary>(File.ReadAllText(Path.Combine(directory, VocabularyFile)))
            ?? throw new InvalidDataException("Empty vocabulary file.");
        var clusters = JsonSerializer.Deserialize<SavedClusters>(File.ReadAllText(Path.Combine(directory, ClustersFile)))
            ?? throw new InvalidDataException("Empty clusters file.");
        using var stream = File.OpenRead(Path.Combine(directory, ProjectionFile));
        using var reader = new BinaryReader(stream);
        var terms = reader.ReadInt32();
        var dimensions = reader.ReadInt32();
        var components = new float[terms * dimensions];
        for (var i = 0; i < components.Length; i++) components[i] = reader.ReadSingle();
        return new TopicModel(new TopicModelParts(
            vocabulary.Tokenizer, new TfIdfVectorizer(vocabulary.Vectorizer), new Lsa(terms, dimensions, components), kmeans,
            clusters.Centroids, clusters.Clusters));
    }

    private sealed record SavedVocabulary(TextTokenizerOptions Tokenizer, TfIdfState Vectorizer);

    private sealed record SavedClusters(IReadOnlyList<Cluster> Clusters, float[][] Centroids);
}
