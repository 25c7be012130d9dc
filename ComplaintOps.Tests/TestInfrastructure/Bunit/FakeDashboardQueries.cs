using ComplaintOps.Data.Features.Dashboard;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>In-memory <see cref="IDashboardQueries"/> for a real aggregator in component tests: facts and feed are what the test puts here.</summary>
public sealed class FakeDashboardQueries : IDashboardQueries
{
    public Dictionary<Guid, ComplaintFacts> Facts { get; } = [];

    public List<FeedItem> Feed { get; } = [];

    public List<WeeklyRate> Trend { get; } = [];

    /// <summary>The topic view the aggregator reads at each reconcile.</summary>
    public DashboardTopics Topics { get; set; } = DashboardTopics.None;

    public int TrendCalls { get; private set; }

    public void Add(ComplaintFacts facts) => Facts[facts.Id] = facts;

    public Task<IReadOnlyList<ComplaintFacts>> LoadFactsAsync(DateTimeOffset sinceUtc, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ComplaintFacts>>([.. Facts.Values]);

    public Task<IReadOnlyList<ComplaintFacts>> LoadFactsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ComplaintFacts>>([.. ids.Where(Facts.ContainsKey).Select(id => Facts[id])]);

    public Task<IReadOnlyList<FeedItem>> LoadFeedAsync(int take, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FeedItem>>([.. Feed.Take(take)]);

    public Task<DashboardTopics> LoadTopicsAsync(CancellationToken cancellationToken) => Task.FromResult(Topics);

    public Task<DashboardSnapshot> ComputeSnapshotAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Component tests read the aggregator's snapshot.");

    public Task<IReadOnlyList<WeeklyRate>> TimelyTrendAsync(DateTimeOffset nowUtc, int weeks, CancellationToken cancellationToken)
    {
        TrendCalls++;
        return Task.FromResult<IReadOnlyList<WeeklyRate>>([.. Trend.TakeLast(weeks)]);
    }
}
