namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// How strongly each new cluster is tied to each previous topic: by shared members (Jaccard) when both sides know them,
/// otherwise by centroid cosine. Member links rank above centroid links: they are evidence, a cosine is a guess.
/// </summary>
internal sealed class LineageLinks
{
    private readonly IReadOnlyList<PreviousTopic> _previous;
    private readonly IReadOnlyList<NextCluster> _next;
    private readonly LineageOptions _options;
    private readonly int[,] _overlap;

    public LineageLinks(IReadOnlyList<PreviousTopic> previous, IReadOnlyList<NextCluster> next, LineageOptions options)
    {
        _previous = previous;
        _next = next;
        _options = options;
        _overlap = new int[previous.Count, next.Count];
        var topicOf = new Dictionary<Guid, int>();
        for (var p = 0; p < previous.Count; p++)
        {
            foreach (var id in previous[p].Members ?? []) topicOf.TryAdd(id, p);
        }

        for (var c = 0; c < next.Count; c++)
        {
            foreach (var id in next[c].Members ?? [])
            {
                if (topicOf.TryGetValue(id, out var p)) _overlap[p, c]++;
            }
        }
    }

    /// <summary>Whether a previous topic can be matched at all (it has a centroid or members).</summary>
    public bool Participates(int p) => _previous[p].Centroid is not null || _previous[p].Members is not null;

    /// <summary>The previous topic a cluster descends from, or null when it is new.</summary>
    public int? Parent(int c)
    {
        int? best = null;
        for (var p = 0; p < _previous.Count; p++)
        {
            if (Qualifies(p, c) && (best is null || Rank(p, c).CompareTo(Rank(best.Value, c)) > 0)) best = p;
        }

        return best;
    }

    /// <summary>The cluster that received most of a previous topic without descending from it, if the link qualifies.</summary>
    public int? Heir(int p)
    {
        int? best = null;
        for (var c = 0; c < _next.Count; c++)
        {
            if (Qualifies(p, c) && (best is null || Rank(p, c).CompareTo(Rank(p, best.Value)) > 0)) best = c;
        }

        return best;
    }

    public double Strength(int p, int c) => Rank(p, c).Strength;

    private (int Tier, double Strength) Rank(int p, int c)
    {
        if (ByMembers(p, c))
        {
            double shared = _overlap[p, c];
            var union = _previous[p].Members!.Count + _next[c].Members!.Count - shared;
            return (1, union <= 0 ? 0 : shared / union);
        }

        return (0, Cosine(p, c));
    }

    private bool Qualifies(int p, int c)
    {
        if (ByMembers(p, c))
        {
            double shared = _overlap[p, c];
            return shared > 0 && (shared / _next[c].Members!.Count >= _options.MinOverlap || shared / _previous[p].Members!.Count >= _options.MinOverlap);
        }

        return _previous[p].Centroid is not null && Cosine(p, c) >= _options.MinCentroidSimilarity;
    }

    private bool ByMembers(int p, int c) => _previous[p].Members is { Count: > 0 } && _next[c].Members is { Count: > 0 };

    private double Cosine(int p, int c)
    {
        var a = _previous[p].Centroid;
        if (a is null) return double.NegativeInfinity;
        var b = _next[c].Centroid;
        var norms = Math.Sqrt(UnitVectors.Dot(a, a) * (double)UnitVectors.Dot(b, b));
        return norms <= 0 ? 0 : UnitVectors.Dot(a, b) / norms;
    }
}
