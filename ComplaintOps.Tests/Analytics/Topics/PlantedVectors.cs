using ComplaintOps.Analytics.Topics;

namespace ComplaintOps.Tests.Analytics.Topics;

/// <summary>Synthetic unit vectors: planted topic centres in 64 dimensions and complaints scattered around them (cosine ≈ 0.85 to their centre).</summary>
internal sealed class PlantedVectors(int seed, int dimensions = 64)
{
    private readonly Random _random = new(seed);

    public int Dimensions { get; } = dimensions;

    /// <summary>A random unit direction (random directions in 64 dimensions are nearly orthogonal).</summary>
    public float[] Centre()
    {
        var v = new float[Dimensions];
        for (var d = 0; d < Dimensions; d++) v[d] = Gaussian();
        return Unit(v);
    }

    /// <summary><paramref name="count"/> complaints around <paramref name="centre"/>.</summary>
    public List<TopicPoint> Around(float[] centre, int count, float noise = 0.08f) =>
        Enumerable.Range(0, count).Select(_ => new TopicPoint(Id(), Unit(centre.Select(x => x + noise * Gaussian()).ToArray()))).ToList();

    public Guid Id()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private float Gaussian() => (float)(Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble()));

    private static float[] Unit(float[] v)
    {
        var norm = (float)Math.Sqrt(v.Sum(x => x * x));
        return v.Select(x => x / norm).ToArray();
    }
}
