using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Analytics.CaseLibrary;

/// <summary>
/// In-memory top-k cosine search over every library case (a singleton; built from stored vectors at start, updated on
/// promotion). Each vector is kept as int8 codes with its own scale in one contiguous block (256 dims × 1,000,000 cases
/// = 256 MB), scored with AVX2 multiply-adds; an unfiltered scan of a large index runs on all cores. Category and
/// topic filters scan only that partition's rows. Readers share a lock; adding takes it exclusively.
/// </summary>
public sealed class SimilarCaseIndex
{
    private const int ParallelThreshold = 50_000;
    private const int MaxK = 100;

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<Guid, int> _rowOf = [];
    private readonly Dictionary<string, List<int>> _byCategory = new(StringComparer.Ordinal);
    private readonly Dictionary<TopicKey, List<int>> _byTopic = [];
    private sbyte[] _codes = [];
    private float[] _scales = [];
    private Guid[] _ids = [];
    private string[] _category = [];
    private TopicKey?[] _topic = [];
    private int _count;

    public SimilarCaseIndex(int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        Dimensions = dimensions;
        Stride = (dimensions + Int8Dot.Block - 1) / Int8Dot.Block * Int8Dot.Block;
    }

    public int Dimensions { get; }

    private int Stride { get; }

    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>Pre-sizes the block, e.g. before loading a million vectors.</summary>
    public void Reserve(int capacity)
    {
        _lock.EnterWriteLock();
        try
        {
            Grow(capacity);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Adds a case, or replaces its vector and partitions if it is already in the index.</summary>
    public void Upsert(Guid caseId, string category, TopicKey? topic, ReadOnlySpan<float> vector)
    {
        ArgumentNullException.ThrowIfNull(category);
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"Expected a vector of {Dimensions} values, got {vector.Length}.", nameof(vector));
        }

        _lock.EnterWriteLock();
        try
        {
            if (_rowOf.TryGetValue(caseId, out var row))
            {
                Partition(_byCategory, _category[row])?.Remove(row);
                if (_topic[row] is { } oldTopic)
                {
                    Partition(_byTopic, oldTopic)?.Remove(row);
                }
            }
            else
            {
                Grow(_count + 1);
                row = _count++;
                _rowOf[caseId] = row;
                _ids[row] = caseId;
            }

            _scales[row] = Quantise(vector, _codes.AsSpan(row * Stride, Stride));
            _category[row] = category;
            _topic[row] = topic;
            Rows(_byCategory, category).Add(row);
            if (topic is { } t)
            {
                Rows(_byTopic, t).Add(row);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void Clear()
    {
        _lock.EnterWriteLock();
        try
        {
            _rowOf.Clear();
            _byCategory.Clear();
            _byTopic.Clear();
            _count = 0;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>The <paramref name="k"/> cases most similar to <paramref name="query"/>, best first, within the filters.</summary>
    public IReadOnlyList<SimilarCaseHit> Search(ReadOnlySpan<float> query, int k, string? category = null, TopicKey? topic = null, Guid? excludeCaseId = null)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"Expected a vector of {Dimensions} values, got {query.Length}.", nameof(query));
        }

        k = Math.Clamp(k, 1, MaxK);
        var codes = new sbyte[Stride];
        var queryScale = Quantise(query, codes);
        if (queryScale == 0)
        {
            return [];   // an empty text is similar to nothing
        }

        _lock.EnterReadLock();
        try
        {
            var exclude = excludeCaseId is { } id && _rowOf.TryGetValue(id, out var r) ? r : -1;
            var dot = new Int8Dot(codes);
            var top = category is null && topic is null
                ? ScanAll(dot, k, exclude)
                : ScanPartition(dot, k, exclude, category, topic);
            return [.. top.Ordered().Select(t => new SimilarCaseHit(_ids[t.Row], t.Score * queryScale))];
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private TopK ScanAll(Int8Dot query, int k, int exclude)
    {
        if (_count < ParallelThreshold)
        {
            var top = new TopK(k);
            ScanRange(query, 0, _count, exclude, top);
            return top;
        }

        var parts = Environment.ProcessorCount;
        var tops = new TopK[parts];
        var size = (_count + parts - 1) / parts;
        Parallel.For(0, parts, p =>
        {
            tops[p] = new TopK(k);
            ScanRange(query, p * size, Math.Min(_count, (p + 1) * size), exclude, tops[p]);
        });
        var merged = new TopK(k);
        foreach (var t in tops)
        {
            t.MergeInto(merged);
        }

        return merged;
    }

    private void ScanRange(Int8Dot query, int from, int to, int exclude, TopK top)
    {
        var block = _codes.AsSpan();
        for (var row = from; row < to; row++)
        {
            if (row != exclude)
            {
                top.Offer(row, query.Dot(block.Slice(row * Stride, Stride)) * _scales[row]);
            }
        }
    }

    private TopK ScanPartition(Int8Dot query, int k, int exclude, string? category, TopicKey? topic)
    {
        var top = new TopK(k);
        var byCategory = category is null ? null : Partition(_byCategory, category);
        var byTopic = topic is { } t ? Partition(_byTopic, t) : null;
        if ((category is not null && byCategory is null) || (topic is not null && byTopic is null))
        {
            return top;
        }

        var rows = byCategory is null || (byTopic is not null && byTopic.Count < byCategory.Count) ? byTopic! : byCategory;
        var block = _codes.AsSpan();
        foreach (var row in rows)
        {
            if (row == exclude || (category is not null && _category[row] != category) || (topic is not null && _topic[row] != topic))
            {
                continue;
            }

            top.Offer(row, query.Dot(block.Slice(row * Stride, Stride)) * _scales[row]);
        }

        return top;
    }

    /// <summary>Writes int8 codes (largest magnitude → ±127) and returns the scale that turns a code back into a value.</summary>
    private static float Quantise(ReadOnlySpan<float> vector, Span<sbyte> codes)
    {
        codes.Clear();
        var max = 0f;
        foreach (var v in vector)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        if (max == 0 || !float.IsFinite(max))
        {
            return 0;
        }

        var scale = max / 127f;
        for (var i = 0; i < vector.Length; i++)
        {
            codes[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] / scale), -127, 127);
        }

        return scale;
    }

    private static List<int>? Partition<TKey>(Dictionary<TKey, List<int>> partitions, TKey key)
        where TKey : notnull =>
        partitions.TryGetValue(key, out var rows) ? rows : null;

    private static List<int> Rows<TKey>(Dictionary<TKey, List<int>> partitions, TKey key)
        where TKey : notnull
    {
        if (!partitions.TryGetValue(key, out var rows))
        {
            partitions[key] = rows = [];
        }

        return rows;
    }

    private void Grow(int needed)
    {
        if (needed <= _ids.Length)
        {
            return;
        }

        var capacity = Math.Max(needed, Math.Max(1024, _ids.Length * 2));
        Array.Resize(ref _codes, checked(capacity * Stride));
        Array.Resize(ref _scales, capacity);
        Array.Resize(ref _ids, capacity);
        Array.Resize(ref _category, capacity);
        Array.Resize(ref _topic, capacity);
    }
}
