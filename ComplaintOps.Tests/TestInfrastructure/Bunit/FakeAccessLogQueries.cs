using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.PersonalData;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>In-memory access log filtered by reference and viewer; records the queries it receives.</summary>
public sealed class FakeAccessLogQueries : IAccessLogQueries
{
    private readonly List<AccessLogQuery> _queries = [];

    public List<AccessLogRow> Rows { get; } = [];

    public IReadOnlyList<AccessLogQuery> Queries
    {
        get
        {
            lock (_queries)
            {
                return [.. _queries];
            }
        }
    }

    public Task<PagedResult<AccessLogRow>> ListAsync(AccessLogQuery query, Actor viewer, CancellationToken cancellationToken)
    {
        lock (_queries)
        {
            _queries.Add(query);
        }

        var rows = Rows.Where(r => query.ComplaintReference is null || r.ComplaintReference.Contains(query.ComplaintReference, StringComparison.Ordinal))
            .Where(r => query.Viewer is null || r.ViewerId.Contains(query.Viewer, StringComparison.Ordinal) || r.ViewerName.Contains(query.Viewer, StringComparison.Ordinal))
            .OrderByDescending(r => r.AtUtc).ToList();
        return Task.FromResult(new PagedResult<AccessLogRow>([.. rows.Skip(query.Skip).Take(query.Take)], rows.Count));
    }
}
