using ComplaintOps.Data.Features.Effectiveness;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>In-memory <see cref="IOutcomeQueries"/>: the outcomes a test puts here, filtered by range as the real query does.</summary>
public sealed class FakeOutcomeQueries : IOutcomeQueries
{
    public List<ComplaintOutcome> Outcomes { get; } = [];

    public Task<IReadOnlyList<ComplaintOutcome>> LoadAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ComplaintOutcome>>([.. Outcomes.Where(o => o.RegisteredAtUtc >= fromUtc && o.RegisteredAtUtc < toUtc)]);
}
