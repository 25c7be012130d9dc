using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Effectiveness;

/// <summary>
/// One AsNoTracking projection (no entity graphs): complaint columns plus its events' kind and role, its clocks' due and met
/// and its current topic.
/// </summary>
public sealed class OutcomeQueries(IDbContextFactory<ComplaintOpsDbContext> dbFactory) : IOutcomeQueries
{
    public async Task<IReadOnlyList<ComplaintOutcome>> LoadAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        if (toUtc < fromUtc)
        {
            throw new ArgumentException($"The range ends ({toUtc:O}) before it starts ({fromUtc:O}).", nameof(toUtc));
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Complaints.AsNoTracking()
            .Where(c => c.RegisteredAtUtc >= fromUtc && c.RegisteredAtUtc < toUtc)
            .OrderBy(c => c.RegisteredAtUtc).ThenBy(c => c.Id)
            .Select(c => new ComplaintOutcome(c.Id, c.Department, c.Category, c.Channel, c.Product, c.Status, c.RegisteredAtUtc, c.ReceivedAtUtc, c.ResolvedAtUtc,
                c.ClosedAtUtc, c.Satisfaction, c.Round, c.RepeatCount, c.CompensationAmount, c.CompensationAuthorized,
                c.Events.OrderBy(e => e.Sequence).Select(e => new ActivityFact(e.Kind, e.ActorRole)).ToList(),
                c.Clocks.Select(k => new ClockOutcome(k.DueAtUtc, k.MetAtUtc)).ToList())
            {
                Topic = TopicKey.From(db.TopicAssignments.Where(a => a.ComplaintId == c.Id && a.IsCurrent).Select(a => a.TopicId).FirstOrDefault()),
                PartnerCode = c.PartnerCode,
            })
            .ToListAsync(cancellationToken);
    }
}
