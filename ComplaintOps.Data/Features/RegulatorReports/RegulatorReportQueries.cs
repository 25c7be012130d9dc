using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Text;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.RegulatorReports;

public sealed class RegulatorReportQueries(IDbContextFactory<ComplaintOpsDbContext> dbFactory, HandlingRulesProvider rulesProvider, TimeProvider clock)
    : IRegulatorReportQueries
{
    private const int SummaryLength = 300;

    public async Task<RegulatorReportList> ListAsync(Actor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.Has(Permission.ReportToRegulator))
        {
            throw ForbiddenException.Lacking(Permission.ReportToRegulator);
        }

        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var running = await db.ComplaintClocks.AsNoTracking()
            .Where(k => k.Kind == ClockKind.MajorReport && k.MetAtUtc == null && k.StoppedAtUtc == null).ToListAsync(cancellationToken);
        var ids = running.Select(k => k.ComplaintId).ToList();
        var complaints = await db.Complaints.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var due = running.Where(k => complaints.ContainsKey(k.ComplaintId))
            .Select(k => Task(complaints[k.ComplaintId], k, k.StateAt(now, rulesProvider.AtRiskFraction)))
            .OrderBy(t => t.DueAtUtc).ToList();
        return new RegulatorReportList(due, await CandidatesAsync(db, cancellationToken));
    }

    private async Task<List<MajorCandidate>> CandidatesAsync(ComplaintOpsDbContext db, CancellationToken cancellationToken)
    {
        // Only what the rule could count: more than one complainant or an amount. The rule itself (per profile) is applied below.
        var open = await db.Complaints.AsNoTracking()
            .Where(c => c.IsOpen && !c.IsMajor && (c.ComplainantCount > 1 || c.DisputedAmount != null))
            .Select(c => new { c.Id, c.Reference, c.Version, c.Subject, c.ComplainantCount, c.DisputedAmount, c.ReceivedAtUtc, c.SlaPolicyName })
            .ToListAsync(cancellationToken);
        var result = new List<MajorCandidate>();
        foreach (var c in open)
        {
            if ((await rulesProvider.GetAsync(c.SlaPolicyName, cancellationToken)).Policy.Major is not { } rule)
            {
                continue;
            }

            MajorReason? meets = c.ComplainantCount >= rule.MinComplainants ? MajorReason.JointComplainants
                : rule.AmountThreshold is { } threshold && c.DisputedAmount >= threshold ? MajorReason.Amount
                : null;
            if (meets is { } reason)
            {
                result.Add(new MajorCandidate(c.Id, c.Reference, c.Version, PiiMasker.Mask(c.Subject), c.ComplainantCount, c.DisputedAmount, reason, c.ReceivedAtUtc));
            }
        }

        return [.. result.OrderBy(c => c.ReceivedAtUtc)];
    }

    private static RegulatorReportTask Task(Complaint c, ComplaintClock k, ClockState state) =>
        new(c.Id, c.Reference, c.Version, c.Department, c.MajorReason, k.DueAtUtc, state,
            new RegulatorReportDraft(PiiMasker.Mask(c.Subject), Summary(c.Description), c.Category, c.Product, c.PartnerCode, c.ComplainantCount,
                c.DisputedAmount, c.CompensationAmount, Masked(c.RootCause), Masked(c.Measures), c.Status, c.ReceivedAtUtc, k.StartedAtUtc));

    private static string Summary(string description)
    {
        var masked = PiiMasker.Mask(description);
        return masked.Length <= SummaryLength ? masked : masked[..SummaryLength] + "…";
    }

    private static string? Masked(string? text) => text is null ? null : PiiMasker.Mask(text);
}
