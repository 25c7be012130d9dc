using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Supervision;

public sealed class SupervisionQueries(IDbContextFactory<ComplaintOpsDbContext> dbFactory, HandlingRulesProvider rules, TimeProvider clock)
    : ISupervisionQueries
{
    /// <summary>A work list shows this many; the rest wait for the next load (the queue page pages beyond).</summary>
    public const int Limit = 200;

    private static readonly string[] EvidenceKinds =
        [nameof(ComplaintTrigger.AddNote), nameof(ComplaintTrigger.AuthorizeCompensation), nameof(ComplaintTrigger.ReturnForRework), nameof(ComplaintTrigger.SubmitForReview)];

    public async Task<IReadOnlyList<ReviewItem>> ReviewQueueAsync(Actor viewer, CancellationToken cancellationToken)
    {
        Demand(viewer, Permission.ReviewResolution);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var complaints = await ComplaintScope.Visible(db.Complaints.AsNoTracking(), viewer)
            .Where(c => c.Status == ComplaintStatus.UnderReview)
            .OrderBy(c => c.NextDueAtUtc == null).ThenBy(c => c.NextDueAtUtc).ThenBy(c => c.Id)
            .Take(Limit).Include(c => c.Clocks).AsSplitQuery().ToListAsync(cancellationToken);
        var ids = complaints.Select(c => c.Id).ToList();
        var events = (await db.ComplaintEvents.AsNoTracking().Where(e => ids.Contains(e.ComplaintId) && EvidenceKinds.Contains(e.Kind))
            .Select(e => new { e.ComplaintId, e.Kind, e.ActorName, e.OccurredAtUtc, e.Reason, e.Sequence }).ToListAsync(cancellationToken))
            .OrderBy(e => e.Sequence).ToLookup(e => e.ComplaintId);
        var now = clock.GetUtcNow();
        return [.. complaints.Select(c =>
        {
            var history = events[c.Id].ToList();
            return new ReviewItem(c.Id, c.Reference, c.Version, c.Subject, c.Category, c.Severity, c.Department, c.HandlerName,
                PersonalDataMask.Name(c.CustomerName), c.CustomerTier, c.Round,
                history.LastOrDefault(e => e.Kind == nameof(ComplaintTrigger.SubmitForReview))?.OccurredAtUtc,
                c.RootCause, c.Measures, c.ResolutionOwner, c.CompensationKind, c.CompensationAmount, c.CompensationAuthorized, c.RequiredApprovalRole,
                c.CompensationAuthorizedBy,
                [.. history.Where(e => e.Kind != nameof(ComplaintTrigger.SubmitForReview)).Select(e => new ReviewEvidence(e.Kind, e.ActorName, e.OccurredAtUtc, e.Reason))],
                Running(c, now));
        })];
    }

    public async Task<IReadOnlyList<FeedbackWorkItem>> FeedbackWorkAsync(Actor viewer, CancellationToken cancellationToken)
    {
        Demand(viewer, Permission.FollowUpCustomer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var complaints = await ComplaintScope.Visible(db.Complaints.AsNoTracking(), viewer)
            .Where(c => c.Status == ComplaintStatus.Resolved || (c.Status == ComplaintStatus.FeedbackGiven && (!c.CallbackRecorded || c.FollowUpOpen)))
            .OrderBy(c => c.NextDueAtUtc == null).ThenBy(c => c.NextDueAtUtc).ThenBy(c => c.Id)
            .Take(Limit).Include(c => c.Clocks).AsSplitQuery().ToListAsync(cancellationToken);
        var followUps = complaints.Where(c => c.FollowUpOpen).Select(c => c.Id).ToList();
        var reasons = (await db.ComplaintEvents.AsNoTracking()
                .Where(e => followUps.Contains(e.ComplaintId) && e.Kind == nameof(ComplaintTrigger.RecordCallback))
                .Select(e => new { e.ComplaintId, e.Reason, e.Sequence }).ToListAsync(cancellationToken))
            .GroupBy(e => e.ComplaintId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Sequence)!.Reason);
        var now = clock.GetUtcNow();
        var atRisk = rules.AtRiskFraction;
        return [.. complaints.Select(c =>
        {
            var kind = c.Status == ComplaintStatus.Resolved ? FeedbackWorkKind.FeedbackDue
                : c.FollowUpOpen ? FeedbackWorkKind.FollowUpOpen : FeedbackWorkKind.CallbackDue;
            var clockKind = kind switch
            {
                FeedbackWorkKind.FeedbackDue => ClockKind.Feedback,
                FeedbackWorkKind.CallbackDue => ClockKind.Callback,
                _ => ClockKind.FollowUp,
            };
            var due = c.Clocks.Where(k => k.Kind == clockKind && k.IsRunning).Select(k => new DueClock(k.Kind, k.DueAtUtc, k.StateAt(now, atRisk)))
                .FirstOrDefault();
            return new FeedbackWorkItem(kind, c.Id, c.Reference, c.Version, c.Subject, c.Category, c.Department, c.Language,
                PersonalDataMask.Name(c.CustomerName), c.CustomerTier, c.PreferredContact, due, c.DecisionSentAtUtc, c.CallbackAttempts, c.Satisfaction,
                reasons.GetValueOrDefault(c.Id));
        })];
    }

    private IReadOnlyList<DueClock> Running(Complaint c, DateTimeOffset now) =>
        [.. c.Clocks.Where(k => k.IsRunning).OrderBy(k => k.DueAtUtc).Select(k => new DueClock(k.Kind, k.DueAtUtc, k.StateAt(now, rules.AtRiskFraction)))];

    private static void Demand(Actor viewer, Permission permission)
    {
        if (!viewer.Has(permission))
        {
            throw ForbiddenException.Lacking(permission);
        }
    }
}
