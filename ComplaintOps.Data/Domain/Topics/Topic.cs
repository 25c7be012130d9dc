using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Topics;

/// <summary>
/// A topic of complaints with a lasting identity. Retrainings create topics (<see cref="Born"/>), refresh their automatic
/// label, size and quality (<see cref="Refresh"/>) and end, split or merge them; analysts rename, merge, mark as noise and ask
/// for a split, and the next training respects those decisions (the name is the analyst's and survives every refresh).
/// Every change returns the <see cref="TopicEvent"/> to store with it.
/// </summary>
public sealed class Topic
{
    public const int NameLength = 100;
    public const int LabelLength = 200;

    private Topic()
    {
    }

    public int Id { get; private set; }

    public TopicKey Key => new(Id);

    public TopicSpace Space { get; private set; }

    public TopicState State { get; private set; }

    /// <summary>The analyst's name for the topic; null until someone names it.</summary>
    public string? Name { get; private set; }

    /// <summary>The automatic label (distinctive whole words), refreshed by every retraining.</summary>
    public string Label { get; private set; } = "";

    /// <summary>The name people see: the analyst's when given, else the automatic label.</summary>
    public string DisplayName => Name ?? Label;

    public int Size { get; private set; }

    /// <summary>Mean cosine of the members to the topic's centre (0–1): how tight the topic is.</summary>
    public double Quality { get; private set; }

    public int BornInVersion { get; private set; }

    public int? EndedInVersion { get; private set; }

    /// <summary>The topic this one was split from or emerged beside.</summary>
    public int? ParentId { get; private set; }

    /// <summary>Set while <see cref="State"/> is <see cref="TopicState.Merged"/>: the topic that now stands for this one.</summary>
    public int? MergedIntoId { get; private set; }

    /// <summary>An analyst asked the next training to split this topic in two.</summary>
    public bool SplitRequested { get; private set; }

    public DateTimeOffset UpdatedAtUtc { get; private set; }

    /// <summary>Optimistic concurrency token: +1 on every change.</summary>
    public int Version { get; private set; }

    /// <summary>The topic that counts for this one: itself, or the topic it was merged into.</summary>
    public int EffectiveId => MergedIntoId ?? Id;

    public static (Topic Topic, TopicEvent Event) Born(int id, TopicSpace space, string label, int modelVersion, int? parentId, DateTimeOffset nowUtc)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(id);
        var topic = new Topic
        {
            Id = id,
            Space = space,
            State = TopicState.Active,
            Label = Clip(label, LabelLength),
            BornInVersion = modelVersion,
            ParentId = parentId,
            UpdatedAtUtc = StoredInstant.Normalize(nowUtc),
            Version = 1,
        };
        var kind = parentId is null ? TopicEventKind.Born : TopicEventKind.Split;
        return (topic, new TopicEvent(id, kind, parentId, modelVersion, null, null, topic.Label, topic.UpdatedAtUtc));
    }

    /// <summary>A burst of similar unassigned complaints found between trainings: a provisional topic that raises the alert.</summary>
    public static (Topic Topic, TopicEvent Event) Emerged(int id, TopicSpace space, string label, int size, double quality, int modelVersion, DateTimeOffset nowUtc)
    {
        var (topic, _) = Born(id, space, label, modelVersion, null, nowUtc);
        topic.State = TopicState.Emerging;
        topic.Size = size;
        topic.Quality = quality;
        return (topic, new TopicEvent(id, TopicEventKind.Emerged, null, modelVersion, null, null, topic.Label, topic.UpdatedAtUtc));
    }

    /// <summary>An emerging topic gained complaints between trainings.</summary>
    public void Grow(string label, int size, double quality, DateTimeOffset nowUtc)
    {
        if (State != TopicState.Emerging)
        {
            throw new InvalidOperationException($"Topic {Id} is not emerging.");
        }

        Label = Clip(label, LabelLength);
        Size = size;
        Quality = quality;
        Touch(nowUtc);
    }

    /// <summary>A retraining found the topic again: new label, size and quality; a requested split has been carried out.</summary>
    public void Refresh(string label, int size, double quality, DateTimeOffset nowUtc)
    {
        Label = Clip(label, LabelLength);
        Size = size;
        Quality = quality;
        SplitRequested = false;
        if (State == TopicState.Emerging)
        {
            State = TopicState.Active;   // confirmed by a training
        }

        Touch(nowUtc);
    }

    /// <summary>A retraining found no successor.</summary>
    public TopicEvent End(int modelVersion, DateTimeOffset nowUtc)
    {
        State = TopicState.Ended;
        EndedInVersion = modelVersion;
        Size = 0;
        Touch(nowUtc);
        return new TopicEvent(Id, TopicEventKind.Ended, null, modelVersion, null, null, null, UpdatedAtUtc);
    }

    /// <summary>A retraining found this topic's complaints inside <paramref name="into"/>.</summary>
    public TopicEvent MergedByTraining(Topic into, int modelVersion, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(into);
        PointTo(into.Id, nowUtc);
        EndedInVersion = modelVersion;
        return new TopicEvent(Id, TopicEventKind.Merged, into.Id, modelVersion, null, null, null, UpdatedAtUtc);
    }

    public TopicEvent Rename(string? name, Actor by, DateTimeOffset nowUtc)
    {
        Demand(by);
        var clean = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (clean is { Length: > NameLength })
        {
            throw new DomainException("validation_failed", $"The topic name is longer than {NameLength} characters.");
        }

        Name = clean;
        Touch(nowUtc);
        return new TopicEvent(Id, TopicEventKind.Renamed, null, null, by.Id, by.Name, clean, UpdatedAtUtc);
    }

    /// <summary>An analyst says this topic and <paramref name="into"/> are one problem (e.g. its Chinese and English versions).</summary>
    public TopicEvent MergeInto(Topic into, Actor by, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(into);
        Demand(by);
        if (into.Id == Id)
        {
            throw new DomainException("topic_merge_self", "A topic cannot be merged into itself.");
        }

        if (State is TopicState.Merged or TopicState.Ended || into.State is TopicState.Merged or TopicState.Ended or TopicState.Emerging)
        {
            throw new DomainException("topic_not_active", "Only live topics can be merged.");
        }

        PointTo(into.Id, nowUtc);
        return new TopicEvent(Id, TopicEventKind.MergedByAnalyst, into.Id, null, by.Id, by.Name, null, UpdatedAtUtc);
    }

    /// <summary>Keeps <see cref="MergedIntoId"/> pointing at the final topic when the topic it pointed at is merged in turn.</summary>
    public void Repoint(int intoId, DateTimeOffset nowUtc) => PointTo(intoId, nowUtc);

    public TopicEvent MarkNoise(bool noise, Actor by, DateTimeOffset nowUtc)
    {
        Demand(by);
        if (State is TopicState.Merged or TopicState.Ended)
        {
            throw new DomainException("topic_not_active", "Only live topics can be marked as noise.");
        }

        State = noise ? TopicState.Noise : TopicState.Active;
        Touch(nowUtc);
        return new TopicEvent(Id, noise ? TopicEventKind.MarkedNoise : TopicEventKind.NoiseCleared, null, null, by.Id, by.Name, null, UpdatedAtUtc);
    }

    public TopicEvent RequestSplit(Actor by, DateTimeOffset nowUtc)
    {
        Demand(by);
        if (State != TopicState.Active)
        {
            throw new DomainException("topic_not_active", "Only an active topic can be split.");
        }

        SplitRequested = true;
        Touch(nowUtc);
        return new TopicEvent(Id, TopicEventKind.SplitRequested, null, null, by.Id, by.Name, null, UpdatedAtUtc);
    }

    private void PointTo(int intoId, DateTimeOffset nowUtc)
    {
        State = TopicState.Merged;
        MergedIntoId = intoId;
        Size = 0;
        Touch(nowUtc);
    }

    private void Touch(DateTimeOffset nowUtc)
    {
        UpdatedAtUtc = StoredInstant.Normalize(nowUtc);
        Version++;
    }

    private static void Demand(Actor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.Has(Permission.SteerTopics))
        {
            throw ForbiddenException.Lacking(Permission.SteerTopics);
        }
    }

    private static string Clip(string? text, int max)
    {
        var t = text?.Trim() ?? "";
        return t.Length > max ? t[..max] : t;
    }
}
