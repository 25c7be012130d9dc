namespace ComplaintOps.Analytics.Text;

/// <summary>Remembers, per stem, the word it came from most often ("charg" → "charges") so labels read as words.</summary>
public sealed class SurfaceFormCounter
{
    private readonly Dictionary<string, Dictionary<string, int>> counts = new(StringComparer.Ordinal);

    /// <summary>Counts one (stem, word) occurrence; matches the tokenizer's callback signature.</summary>
    public void Add(string stem, string surface)
    {
        if (!counts.TryGetValue(stem, out var forms)) counts[stem] = forms = new Dictionary<string, int>(StringComparer.Ordinal);
        forms[surface] = forms.GetValueOrDefault(surface) + 1;
    }

    /// <summary>Stem → most frequent surface word.</summary>
    public Dictionary<string, string> MostFrequent() =>
        counts.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);
}
