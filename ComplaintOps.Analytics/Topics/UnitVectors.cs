using System.Numerics.Tensors;

namespace ComplaintOps.Analytics.Topics;

/// <summary>Dot products and normalisation of unit vectors (cosine = dot product), SIMD through TensorPrimitives.</summary>
internal static class UnitVectors
{
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => TensorPrimitives.Dot(a, b);

    /// <summary>Scales to unit length in place; a zero vector stays zero.</summary>
    public static void Normalize(Span<float> v)
    {
        var norm = TensorPrimitives.Norm((ReadOnlySpan<float>)v);
        if (norm > 0) TensorPrimitives.Divide(v, norm, v);
    }

    /// <summary>A unit copy of <paramref name="v"/>.</summary>
    public static float[] NormalizedCopy(ReadOnlySpan<float> v)
    {
        var copy = v.ToArray();
        Normalize(copy);
        return copy;
    }

    /// <summary>The normalised mean direction of some vectors.</summary>
    public static float[] MeanDirection(IEnumerable<float[]> vectors, int dimensions)
    {
        var sum = new float[dimensions];
        foreach (var v in vectors) TensorPrimitives.Add(sum, v, sum);
        Normalize(sum);
        return sum;
    }

    /// <summary>Index of the most similar of <paramref name="count"/> centroids stored row after row in <paramref name="flat"/>.</summary>
    public static int Nearest(ReadOnlySpan<float> point, float[] flat, int count, out float similarity)
    {
        var d = point.Length;
        var best = 0;
        similarity = float.NegativeInfinity;
        for (var c = 0; c < count; c++)
        {
            var s = TensorPrimitives.Dot(point, new ReadOnlySpan<float>(flat, c * d, d));
            if (s > similarity)
            {
                similarity = s;
                best = c;
            }
        }

        return best;
    }

    /// <summary>As <see cref="Nearest"/>, also giving the cosine to the runner-up (−1 when there is none).</summary>
    public static int NearestTwo(ReadOnlySpan<float> point, float[] flat, int count, out float similarity, out float runnerUp)
    {
        var d = point.Length;
        var best = 0;
        similarity = float.NegativeInfinity;
        runnerUp = -1;
        for (var c = 0; c < count; c++)
        {
            var s = TensorPrimitives.Dot(point, new ReadOnlySpan<float>(flat, c * d, d));
            if (s > similarity)
            {
                runnerUp = Math.Max(runnerUp, similarity);
                similarity = s;
                best = c;
            }
            else if (s > runnerUp)
            {
                runnerUp = s;
            }
        }

        return best;
    }

    /// <summary>Euclidean distance between unit vectors of cosine <paramref name="similarity"/>.</summary>
    public static float Distance(float similarity) => MathF.Sqrt(Math.Max(0, 2 - 2 * similarity));

    /// <summary>Rows of <paramref name="rows"/> stored one after another (cache-friendly for the inner loop).</summary>
    public static float[] Flatten(IReadOnlyList<float[]> rows, int dimensions)
    {
        var flat = new float[rows.Count * dimensions];
        for (var r = 0; r < rows.Count; r++) rows[r].AsSpan().CopyTo(flat.AsSpan(r * dimensions, dimensions));
        return flat;
    }

    public static float[][] Unflatten(float[] flat, int count, int dimensions) =>
        Enumerable.Range(0, count).Select(c => flat.AsSpan(c * dimensions, dimensions).ToArray()).ToArray();
}
