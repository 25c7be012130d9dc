namespace ComplaintOps.Analytics.Text;

/// <summary>
/// A fitted TF-IDF vocabulary: sublinear term frequency (1 + ln tf), smoothed idf, L2-normalised sparse vectors.
/// Immutable after <see cref="Fit"/>, so one instance serves any number of threads.
/// </summary>
public sealed class TfIdfVectorizer
{
    private readonly Dictionary<string, int> index;

    /// <summary>Rebuilds a vectorizer from its saved state (see <see cref="ToState"/>).</summary>
    public TfIdfVectorizer(TfIdfState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Terms.Length != state.Idf.Length) throw new ArgumentException("Terms and idf differ in length.", nameof(state));
        Terms = state.Terms;
        Idf = state.Idf;
        DisplayTerms = state.DisplayTerms.Length == state.Terms.Length ? state.DisplayTerms : state.Terms;
        index = new Dictionary<string, int>(Terms.Length, StringComparer.Ordinal);
        for (var i = 0; i < Terms.Length; i++) index[Terms[i]] = i;
    }

    /// <summary>Feature strings by index.</summary>
    public string[] Terms { get; }

    /// <summary>Readable form of each term (stems shown as their most frequent word).</summary>
    public string[] DisplayTerms { get; }

    /// <summary>Inverse document frequency by index.</summary>
    public float[] Idf { get; }

    /// <summary>Number of features.</summary>
    public int Count => Terms.Length;

    /// <summary>Learns the vocabulary and idf from tokenized documents.</summary>
    public static TfIdfVectorizer Fit(IReadOnlyList<IReadOnlyList<string>> documents, TfIdfOptions options, IReadOnlyDictionary<string, string>? surfaceForms = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            seen.Clear();
            foreach (var t in doc)
            {
                if (seen.Add(t)) df[t] = df.GetValueOrDefault(t) + 1;
            }
        }

        var n = documents.Count;
        var maxDf = Math.Max(options.MinDocumentFrequency, (int)Math.Floor(options.MaxDocumentFrequencyRatio * n));
        var kept = df.Where(p => p.Value >= options.MinDocumentFrequency && p.Value <= maxDf)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(options.MaxFeatures)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToArray();
        var terms = kept.Select(p => p.Key).ToArray();
        var idf = kept.Select(p => (float)(Math.Log((1.0 + n) / (1.0 + p.Value)) + 1.0)).ToArray();
        var display = terms.Select(t => Display(t, surfaceForms)).ToArray();
        return new TfIdfVectorizer(new TfIdfState(terms, idf, display));
    }

    /// <summary>The weighted, L2-normalised vector of a tokenized document; unknown features are ignored.</summary>
    public SparseVector Transform(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var counts = new Dictionary<int, int>();
        foreach (var t in tokens)
        {
            if (index.TryGetValue(t, out var i)) counts[i] = counts.GetValueOrDefault(i) + 1;
        }

        if (counts.Count == 0) return SparseVector.Empty;
        var indices = counts.Keys.ToArray();
        Array.Sort(indices);
        var values = new float[indices.Length];
        double norm = 0;
        for (var k = 0; k < indices.Length; k++)
        {
            var w = (1.0 + Math.Log(counts[indices[k]])) * Idf[indices[k]];
            values[k] = (float)w;
            norm += w * w;
        }

        var scale = (float)(1.0 / Math.Sqrt(norm));
        for (var k = 0; k < values.Length; k++) values[k] *= scale;
        return new SparseVector(indices, values);
    }

    /// <summary>The serialisable state.</summary>
    public TfIdfState ToState() => new(Terms, Idf, DisplayTerms);

    private static string Display(string term, IReadOnlyDictionary<string, string>? surfaceForms)
    {
        if (surfaceForms is null) return term;
        var parts = term.Split(' ');
        return string.Join(' ', parts.Select(p => surfaceForms.TryGetValue(p, out var s) ? s : p));
    }
}
