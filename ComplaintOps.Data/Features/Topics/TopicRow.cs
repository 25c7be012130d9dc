using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.Topics;

/// <summary>
/// A topic as the workspace lists it. <see cref="Size"/> counts the complaints currently placed in it;
/// <see cref="WeeklyTrend"/> counts them by local registration week, the last <see cref="TopicQueries.TrendWeeks"/> weeks
/// (oldest first, the current week last and still running). <see cref="Version"/> is what a steering command must quote.
/// </summary>
public sealed record TopicRow(
    TopicKey Key,
    string DisplayName,
    string? Name,
    string Label,
    TopicSpace Space,
    TopicState State,
    int Size,
    IReadOnlyList<int> WeeklyTrend,
    double Quality,
    int BornInVersion,
    TopicKey? MergedInto,
    bool SplitRequested,
    int Version);
