namespace ComplaintOps.Analytics.Text;

/// <summary>Small dense-vector helpers shared by the embedding, clustering and similarity code.</summary>
public static class VectorMath
{
    /// <summary>Scales <paramref name="v"/> to unit length in place (a zero vector stays zero).</summary>
    public static void Normalize(float[] v)
    {
        ArgumentNullException.ThrowIfNull(v);
        double norm = 0;
        foreach (var x in v) norm += x * x;
        if (norm <= 0) return;
        var scale = (float)(1 / Math.Sqrt(norm));
        for (var i = 0; i < v.Length; i++) v[i] *= scale;
    }

    /// <summary>Dot product (the cosine similarity of two unit vectors).</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float s = 0;
        for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    /// <summary>Squared Euclidean distance.</summary>
    public static float SquaredDistance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float s = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var d = a[i] - b[i];
            s += d * d;
        }

        return s;
    }
}
