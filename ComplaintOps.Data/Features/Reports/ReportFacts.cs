using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Reports;

/// <summary>
/// Which complaints a report period counts and what of them, in one projection: those received (local date) in the
/// half-year, except those merged into another (a duplicate is counted once, as the complaint it was folded into).
/// </summary>
public static class ReportFacts
{
    public static IQueryable<Complaint> InPeriod(ComplaintOpsDbContext db, ReportPeriod period, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        var from = LocalDays.StartUtc(period.From, zone);
        var to = LocalDays.StartUtc(period.To.AddDays(1), zone);
        return db.Complaints.AsNoTracking().Where(c => c.ReceivedAtUtc >= from && c.ReceivedAtUtc < to && c.Status != ComplaintStatus.Merged);
    }

    public static Task<List<ReportFact>> LoadAsync(ComplaintOpsDbContext db, IQueryable<Complaint> complaints, CancellationToken cancellationToken) =>
        complaints.OrderBy(c => c.Id)
            .Select(c => new ReportFact(c.Id, c.Status, c.Channel, c.Category, c.Product, c.Region, c.Severity, c.Department, c.SlaPolicyName,
                c.ReceivedAtUtc, c.ClosedAtUtc, c.CompensationAmount, c.CompensationAuthorized, c.IsMajor,
                c.Channel == Domain.Reference.Channel.Regulator || c.RegulatorReference != null, c.RegulatorReportedAtUtc, c.Round,
                c.ReviewDecisionReceivedOn != null, c.ReviewOutcome, c.Satisfaction, c.RepeatCount,
                TopicKey.From(db.TopicAssignments.Where(a => a.ComplaintId == c.Id && a.IsCurrent).Select(a => a.TopicId).FirstOrDefault()),
                c.Clocks.Select(k => new ReportClock(k.DueAtUtc, k.MetAtUtc)).ToList()))
            .ToListAsync(cancellationToken);
}
