namespace ComplaintOps.Analytics.CaseLibrary;

/// <summary>The k best (row, score) pairs seen so far; k is small (≤ 100), so a linear replace-the-minimum beats a heap.</summary>
internal sealed class TopK(int k)
{
    private readonly int[] _rows = new int[k];
    private readonly float[] _scores = new float[k];
    private int _count;
    private int _min;

    public float Threshold => _count < _rows.Length ? float.NegativeInfinity : _scores[_min];

    public void Offer(int row, float score)
    {
        if (_count < _rows.Length)
        {
            _rows[_count] = row;
            _scores[_count++] = score;
            if (_count == _rows.Length)
            {
                FindMin();
            }
        }
        else if (score > _scores[_min])
        {
            _rows[_min] = row;
            _scores[_min] = score;
            FindMin();
        }
    }

    public void MergeInto(TopK other)
    {
        for (var i = 0; i < _count; i++)
        {
            other.Offer(_rows[i], _scores[i]);
        }
    }

    /// <summary>Best first; ties by row so equal scores come back in a stable order.</summary>
    public IEnumerable<(int Row, float Score)> Ordered() =>
        Enumerable.Range(0, _count).Select(i => (_rows[i], _scores[i])).OrderByDescending(x => x.Item2).ThenBy(x => x.Item1);

    private void FindMin()
    {
        _min = 0;
        for (var i = 1; i < _count; i++)
        {
            if (_scores[i] < _scores[_min])
            {
                _min = i;
            }
        }
    }
}
