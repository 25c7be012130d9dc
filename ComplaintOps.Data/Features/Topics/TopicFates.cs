using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Persistence;

namespace ComplaintOps.Data.Features.Topics;

/// <summary>Applies a retraining's topic outcomes to the stored topics, recording each birth, split, merge and end.</summary>
internal static class TopicFates
{
    public static void Apply(ComplaintOpsDbContext db, Dictionary<int, Topic> topics, IReadOnlyList<TopicOutcome> outcomes, int modelVersion, DateTimeOffset now)
    {
        foreach (var o in outcomes.Where(o => o.Fate == TopicFate.Born))
        {
            var (topic, born) = Topic.Born(o.TopicId, o.Space, o.Label, modelVersion, o.ParentId, now);
            topic.Refresh(o.Label, o.Size, o.Quality, now);
            topics[topic.Id] = topic;
            db.Topics.Add(topic);
            db.TopicEvents.Add(born);
        }

        foreach (var o in outcomes.Where(o => o.Fate != TopicFate.Born))
        {
            if (!topics.TryGetValue(o.TopicId, out var topic))
            {
                throw new InvalidOperationException($"Topic {o.TopicId} does not exist.");
            }

            switch (o.Fate)
            {
                case TopicFate.Continued:
                    topic.Refresh(o.Label, o.Size, o.Quality, now);
                    break;
                case TopicFate.Ended:
                    db.TopicEvents.Add(topic.End(modelVersion, now));
                    break;
                case TopicFate.MergedInto:
                    var into = topics[o.MergedIntoId ?? throw new InvalidOperationException("A merge needs its target.")];
                    db.TopicEvents.Add(topic.MergedByTraining(into, modelVersion, now));
                    foreach (var pointing in topics.Values.Where(t => t.MergedIntoId == topic.Id))
                    {
                        pointing.Repoint(into.Id, now);   // keeps every merged topic one step from the topic that counts
                    }

                    break;
            }
        }
    }
}
