using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.RegulatorReports;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>A canned compliance work list for component tests.</summary>
public sealed class FakeRegulatorReportQueries : IRegulatorReportQueries
{
    public RegulatorReportList List { get; set; } = new([], []);

    public Task<RegulatorReportList> ListAsync(Actor viewer, CancellationToken cancellationToken) => Task.FromResult(List);
}
