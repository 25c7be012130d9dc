using ComplaintOps.Analytics.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ComplaintOps.Analytics.Clustering;

/// <summary>
/// Runs ML.NET's k-means (k-means++ seeding, Yinyang iterations) several times with different seeds on embeddings and
/// keeps the run with the lowest within-cluster sum of squares: one k-means run can land in a poor local optimum.
/// </summary>
public static class KMeansClusterer
{
    /// <summary>Schema for <see cref="EmbeddingRow"/> with a fixed vector size (k-means needs a known size).</summary>
    public static SchemaDefinition Schema(int dimensions)
    {
        var schema = SchemaDefinition.Create(typeof(EmbeddingRow));
        schema[nameof(EmbeddingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimensions);
        return schema;
    }

    /// <summary>Clusters <paramref name="embeddings"/> into <paramref name="k"/> groups.</summary>
    public static KMeansRun Fit(IReadOnlyList<float[]> embeddings, int k, int restarts, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        if (embeddings.Count == 0) throw new ArgumentException("Nothing to cluster.", nameof(embeddings));
        k = Math.Clamp(k, 1, embeddings.Count);
        var dimensions = embeddings[0].Length;
        KMeansRun? best = null;
        for (var r = 0; r < Math.Max(1, restarts); r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ml = new MLContext(seed + r * 7919);
            var data = ml.Data.LoadFromEnumerable(embeddings.Select(e => new EmbeddingRow { Features = e }), Schema(dimensions));
            data = ml.Data.Cache(data);
            var trainer = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
            {
                FeatureColumnName = nameof(EmbeddingRow.Features),
                NumberOfClusters = k,
                InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
                MaximumNumberOfIterations = 100,
                OptimizationTolerance = 1e-5f,
            });
            var model = trainer.Fit(data);
            VBuffer<float>[] buffers = [];
            model.Model.GetClusterCentroids(ref buffers, out var count);
            var centroids = buffers.Take(count).Select(b => b.DenseValues().ToArray()).ToArray();
            var (assignments, inertia) = Assign(embeddings, centroids);
            if (best is null || inertia < best.Inertia) best = new KMeansRun(model, centroids, assignments, inertia);
        }

        return best!;
    }

    /// <summary>Nearest centroid of each embedding and the total squared distance.</summary>
    public static (int[] Assignments, double Inertia) Assign(IReadOnlyList<float[]> embeddings, float[][] centroids)
    {
        var assignments = new int[embeddings.Count];
        var distances = new double[embeddings.Count];
        Parallel.For(0, embeddings.Count, i =>
        {
            var bestDistance = float.MaxValue;
            for (var c = 0; c < centroids.Length; c++)
            {
                var d = VectorMath.SquaredDistance(embeddings[i], centroids[c]);
                if (d < bestDistance)
                {
                    bestDistance = d;
                    assignments[i] = c;
                }
            }

            distances[i] = bestDistance;
        });
        return (assignments, distances.Sum());
    }
}
