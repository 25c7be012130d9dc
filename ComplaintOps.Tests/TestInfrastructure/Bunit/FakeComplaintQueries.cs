using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>In-memory <see cref="IComplaintQueries"/> that records every list query it receives.</summary>
public sealed class FakeComplaintQueries : IComplaintQueries
{
    private readonly List<ComplaintListQuery> _listQueries = [];

    public Dictionary<Guid, ComplaintDetail> Details { get; } = [];

    public List<ComplaintRow> Rows { get; } = [];

    public IReadOnlyList<ComplaintListQuery> ListQueries
    {
        get
        {
            lock (_listQueries)
            {
                return [.. _listQueries];
            }
        }
    }

    public void Add(ComplaintDetail detail) => Details[detail.Id] = detail;

    public Task<PagedResult<ComplaintRow>> ListAsync(ComplaintListQuery query, Actor viewer, CancellationToken cancellationToken)
    {
        lock (_listQueries)
        {
            _listQueries.Add(query);
        }

        return Task.FromResult(new PagedResult<ComplaintRow>(Rows.Skip(query.Skip).Take(query.Take).ToList(), Rows.Count));
    }

    public Task<ComplaintDetail?> GetAsync(Guid id, Actor viewer, CancellationToken cancellationToken) =>
        Task.FromResult(Details.GetValueOrDefault(id));

    public Task<ComplaintDetail?> GetByReferenceAsync(string reference, Actor viewer, CancellationToken cancellationToken) =>
        Task.FromResult(Details.Values.FirstOrDefault(d => d.Reference == reference));
}
