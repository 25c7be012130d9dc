using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Supervision;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>Work lists as a test sets them; reads are counted so a test can see the page reload after acting.</summary>
public sealed class FakeSupervisionQueries : ISupervisionQueries
{
    public List<ReviewItem> Review { get; } = [];

    public List<FeedbackWorkItem> Feedback { get; } = [];

    public int Reads { get; private set; }

    public Task<IReadOnlyList<ReviewItem>> ReviewQueueAsync(Actor viewer, CancellationToken cancellationToken)
    {
        Reads++;
        return Task.FromResult<IReadOnlyList<ReviewItem>>([.. Review]);
    }

    public Task<IReadOnlyList<FeedbackWorkItem>> FeedbackWorkAsync(Actor viewer, CancellationToken cancellationToken)
    {
        Reads++;
        return Task.FromResult<IReadOnlyList<FeedbackWorkItem>>([.. Feedback]);
    }
}
