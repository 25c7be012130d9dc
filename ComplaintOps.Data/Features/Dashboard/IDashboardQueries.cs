namespace ComplaintOps.Data.Features.Dashboard;

/// <summary>Reads for the live aggregator: the facts it keeps, the recent feed, and a from-scratch snapshot to reconcile with.</summary>
public interface IDashboardQueries
{
    /// <summary>Facts of every open complaint and of every complaint changed since <paramref name="sinceUtc"/>.</summary>
    Task<IReadOnlyList<ComplaintFacts>> LoadFactsAsync(DateTimeOffset sinceUtc, CancellationToken cancellationToken);

    /// <summary>Facts of the given complaints (one query, however many).</summary>
    Task<IReadOnlyList<ComplaintFacts>> LoadFactsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task<IReadOnlyList<FeedItem>> LoadFeedAsync(int take, CancellationToken cancellationToken);

    /// <summary>Every topic's name and state, and the emerging topics with the span of their current complaints.</summary>
    Task<DashboardTopics> LoadTopicsAsync(CancellationToken cancellationToken);

    /// <summary>The snapshot computed from the database alone, at <paramref name="nowUtc"/>.</summary>
    Task<DashboardSnapshot> ComputeSnapshotAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken);

    /// <summary>Weekly timely rate (clocks met on time ÷ clocks met) for the last <paramref name="weeks"/> weeks, oldest first.</summary>
    Task<IReadOnlyList<WeeklyRate>> TimelyTrendAsync(DateTimeOffset nowUtc, int weeks, CancellationToken cancellationToken);
}

public sealed record WeeklyRate(DateOnly WeekStart, int Met, int OnTime)
{
    public double? Rate => Met == 0 ? null : (double)OnTime / Met;
}
