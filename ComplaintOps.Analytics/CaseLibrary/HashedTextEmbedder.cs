namespace ComplaintOps.Analytics.CaseLibrary;

/// <summary>
/// The untrained fallback embedder: feature hashing of CJK character bigrams and folded English words
/// (<see cref="Terms"/>) into <see cref="Dimensions"/> signed buckets, with sublinear term frequency
/// (1 + ln tf), then L2 normalisation. Needs no training data, is deterministic across processes, and gives texts
/// that share many terms a high cosine; it knows no synonyms, which is what the trained model adds.
/// </summary>
public sealed partial class HashedTextEmbedder(int dimensions = HashedTextEmbedder.DefaultDimensions) : ITextEmbedder
{
    public const int DefaultDimensions = 256;

    public string Version => $"hashed-v1-{Dimensions}";

    public int Dimensions { get; } = dimensions is >= 16 and <= 4096 ? dimensions : throw new ArgumentOutOfRangeException(nameof(dimensions));

    public float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        foreach (var (term, count) in Terms(text))
        {
            var hash = Fnv1a(term);
            var sign = (hash & 0x8000_0000u) == 0 ? 1f : -1f;
            vector[(int)(hash % (uint)Dimensions)] += sign * (1f + MathF.Log(count));
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        if (norm > 0)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] /= norm;
            }
        }

        return vector;
    }

    /// <summary>32-bit FNV-1a over UTF-16 code units: stable across runs, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static uint Fnv1a(string term)
    {
        var hash = 2166136261u;
        foreach (var c in term)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
