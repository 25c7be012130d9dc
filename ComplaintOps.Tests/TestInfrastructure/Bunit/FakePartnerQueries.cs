using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Partners;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>Canned partner rows and scorecard lines for component tests (the figures are tested against the database elsewhere).</summary>
public sealed class FakePartnerQueries : IPartnerQueries
{
    public List<PartnerRow> Rows { get; } = [];

    public List<PartnerScore> Scores { get; } = [];

    public (DateOnly From, DateOnly To)? LastPeriod { get; private set; }

    public Task<IReadOnlyList<PartnerRow>> ActiveAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PartnerRow>>([.. Rows.Where(r => r.Active)]);

    public Task<IReadOnlyList<PartnerRow>> ListAsync(Actor viewer, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<PartnerRow>>(Rows);

    public Task<IReadOnlyList<PartnerScore>> ScorecardAsync(DateOnly from, DateOnly to, Actor viewer, CancellationToken cancellationToken)
    {
        LastPeriod = (from, to);
        return Task.FromResult<IReadOnlyList<PartnerScore>>(Scores);
    }
}
