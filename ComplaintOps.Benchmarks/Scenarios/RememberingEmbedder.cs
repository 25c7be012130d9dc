using System.Collections.Concurrent;
using ComplaintOps.Analytics.Representation;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>The shared sentence embedder plus a memory of every vector it made, so a sweep over settings embeds each text once.</summary>
public sealed class RememberingEmbedder(ISentenceEmbedder inner) : ISentenceEmbedder
{
    private readonly ConcurrentDictionary<string, float[]> known = new(StringComparer.Ordinal);

    public string Name => inner.Name;

    public int Dimensions => inner.Dimensions;

    public float[] Embed(string text) => known.GetOrAdd(text, inner.Embed);

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var missing = texts.Where(t => !known.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToArray();
        var vectors = inner.Embed(missing, cancellationToken);
        for (var i = 0; i < missing.Length; i++) known[missing[i]] = vectors[i];
        return [.. texts.Select(t => known[t])];
    }
}
