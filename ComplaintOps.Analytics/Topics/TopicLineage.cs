using ComplaintOps.Data.Domain.Topics;
namespace ComplaintOps.Analytics.Topics;

/// <summary>
/// Carries topic identities from one training to the next. A new cluster descends from the previous topic it shares most
/// members with (Jaccard), or, when members are unknown, whose centroid is closest — provided the link is strong enough
/// (<see cref="LineageOptions"/>). A previous topic with several descendants split: the largest keeps the id, the others
/// are born with it as parent. A previous topic with none either merged (most of it went into a cluster that continues
/// another topic; that larger one keeps its id) or died. Analysts' decisions are states that travel with the id: a
/// descendant of a noise topic stays noise, one of a merged topic stays merged and reports the topic it was merged into.
/// </summary>
public static class TopicLineage
{
    /// <summary>Matches <paramref name="next"/> to <paramref name="previous"/>; new ids come from <paramref name="allocateId"/>.</summary>
    public static LineageResult Carry(IReadOnlyList<PreviousTopic> previous, IReadOnlyList<NextCluster> next, LineageOptions options, Func<int> allocateId)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(allocateId);
        var links = new LineageLinks(previous, next, options);
        var parents = Enumerable.Range(0, next.Count).Select(links.Parent).ToArray();
        var carried = new CarriedCluster?[next.Count];
        var events = new List<LineageEvent>();
        var mergedInto = previous.Where(p => p.MergedIntoId is not null).ToDictionary(p => p.Id, p => p.MergedIntoId!.Value);

        for (var p = 0; p < previous.Count; p++)
        {
            var topic = previous[p];
            var children = Enumerable.Range(0, next.Count).Where(c => parents[c] == p)
                .OrderByDescending(c => next[c].Size).ThenByDescending(c => links.Strength(p, c)).ThenBy(c => c).ToList();
            for (var i = 0; i < children.Count; i++)
            {
                var id = i == 0 ? topic.Id : allocateId();
                carried[children[i]] = new CarriedCluster(next[children[i]].Index, id, topic.State, topic.MergedIntoId, i == 0 ? null : topic.Id, 0);
                events.Add(i == 0 ? new LineageEvent(LineageEventKind.Continued, id) : new LineageEvent(LineageEventKind.Split, id, topic.Id));
            }
        }

        for (var c = 0; c < next.Count; c++)
        {
            if (carried[c] is not null) continue;
            var id = allocateId();
            carried[c] = new CarriedCluster(next[c].Index, id, TopicState.Active, null, null, 0);
            events.Add(new LineageEvent(LineageEventKind.Born, id));
        }

        for (var p = 0; p < previous.Count; p++)
        {
            if (!links.Participates(p) || parents.Contains(p)) continue;
            var heir = links.Heir(p);
            if (heir is { } c && carried[c]!.TopicId != previous[p].Id)
            {
                mergedInto[previous[p].Id] = carried[c]!.TopicId;
                events.Add(new LineageEvent(LineageEventKind.Merged, previous[p].Id, carried[c]!.TopicId));
            }
            else
            {
                events.Add(new LineageEvent(LineageEventKind.Died, previous[p].Id));
            }
        }

        var clusters = carried.Select(c => c! with { ReportedTopicId = Root(c!.TopicId, mergedInto) }).ToList();
        // A topic whose own cluster is gone lives on while a topic merged into it still has one: its complaints still count for it.
        events.RemoveAll(e => e.Kind == LineageEventKind.Died && clusters.Any(c => c.ReportedTopicId == e.TopicId));
        return new LineageResult(clusters, events);
    }

    /// <summary>The end of a merged-into chain (a cycle of analysts' merges stops where it closes).</summary>
    public static int Root(int topicId, IReadOnlyDictionary<int, int> mergedInto)
    {
        ArgumentNullException.ThrowIfNull(mergedInto);
        var seen = new HashSet<int> { topicId };
        while (mergedInto.TryGetValue(topicId, out var into) && seen.Add(into)) topicId = into;
        return topicId;
    }
}
