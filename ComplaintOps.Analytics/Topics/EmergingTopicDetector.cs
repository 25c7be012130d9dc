namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// Emerging topics: among the complaints no topic admits, those in the window are linked when their cosine reaches the
/// similarity; the complaint with most unclaimed neighbours leads a group of itself and those neighbours, members far from
/// the group's centre are dropped, and a group of at least the burst size is an emerging topic. Repeated until no complaint
/// has enough neighbours left. Quadratic in the unassigned complaints of one window, which are few. Deterministic: ties go
/// to the earliest arrival, then the lowest id.
/// </summary>
public static class EmergingTopicDetector
{
    public static IReadOnlyList<EmergingTopic> Find(IReadOnlyList<TimedPoint> unassigned, DateTimeOffset now, EmergingOptions options)
    {
        ArgumentNullException.ThrowIfNull(unassigned);
        ArgumentNullException.ThrowIfNull(options);
        var from = now - options.Window;
        var points = unassigned.Where(p => p.At > from && p.At <= now).OrderBy(p => p.At).ThenBy(p => p.Id).ToArray();
        var neighbours = Neighbours(points, options.Similarity);
        var claimed = new bool[points.Length];
        var found = new List<EmergingTopic>();
        while (true)
        {
            var leader = -1;
            var most = -1;
            for (var i = 0; i < points.Length; i++)
            {
                if (claimed[i]) continue;
                var count = neighbours[i].Count(j => !claimed[j]);
                if (count > most)
                {
                    most = count;
                    leader = i;
                }
            }

            if (leader < 0 || most + 1 < options.MinBurst) return found;
            var group = neighbours[leader].Where(j => !claimed[j]).Append(leader).Order().ToList();
            var centre = UnitVectors.MeanDirection(group.Select(i => points[i].Vector), points[leader].Vector.Length);
            group = group.Where(i => UnitVectors.Dot(points[i].Vector, centre) >= options.Similarity).ToList();
            if (group.Count < options.MinBurst)
            {
                claimed[leader] = true;
                continue;
            }

            centre = UnitVectors.MeanDirection(group.Select(i => points[i].Vector), centre.Length);
            foreach (var i in group) claimed[i] = true;
            found.Add(new EmergingTopic(
                group.Select(i => points[i].Id).ToList(), centre, points[group[0]].At, points[group[^1]].At,
                group.Average(i => (double)UnitVectors.Dot(points[i].Vector, centre))));
        }
    }

    private static List<int>[] Neighbours(TimedPoint[] points, float similarity)
    {
        var lists = points.Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < points.Length; i++)
        {
            for (var j = i + 1; j < points.Length; j++)
            {
                if (UnitVectors.Dot(points[i].Vector, points[j].Vector) < similarity) continue;
                lists[i].Add(j);
                lists[j].Add(i);
            }
        }

        return lists;
    }
}
