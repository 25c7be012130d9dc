using System.Globalization;
using ComplaintOps.Data.Domain.Notices;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Reports;

/// <summary>
/// Periodic: from <see cref="ReportOptions.ReminderDaysBefore"/> days before a semi-annual report is due until it is
/// signed, writes one ReportDue e-mail per compliance account (bilingual), once per period. Idempotent: the notices and
/// the period's <see cref="ReportReminder"/> row commit together, and that row's key stops a second run, also on another
/// instance at the same moment. The lead schedules it (daily is enough).
/// </summary>
public sealed class ReportReminders(IDbContextFactory<ComplaintOpsDbContext> dbFactory, IReportService reports, IOptions<ReportOptions> options)
{
    /// <summary>Returns the number of notices written (0 when not due yet, already signed or already reminded).</summary>
    public async Task<int> WriteDueRemindersAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        var due = await reports.DueAsync(nowUtc, cancellationToken);
        if (!due.Remind)
        {
            return 0;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Set<ReportReminder>().AnyAsync(r => r.PeriodKey == due.Period.Key, cancellationToken))
        {
            return 0;
        }

        var recipients = await (from u in db.Users
                                join s in db.Staff on u.StaffId equals s.Id
                                where s.Role == StaffRole.Compliance && u.Email != null
                                select new { u.Email, s.Id }).ToListAsync(cancellationToken);
        var to = recipients.Count > 0 ? recipients.Select(r => (Email: r.Email!, StaffId: (string?)r.Id)).ToList() : [(options.Value.ComplianceMailbox, null)];
        var date = due.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var (email, staffId) in to)
        {
            db.Notices.Add(Notice.Create(NoticeKind.ReportDue, NoticeChannel.Email, email, "zh",
                $"监管半年度投诉统计报告 {due.Period.Key} 将于 {date} 到期 / Semi-annual complaint report {due.Period.Key} due {date}",
                $"{due.Period.Key} 半年度投诉统计报告须于 {date} 前报送监管，目前尚未签发，请在 /reports 中核对数据并签发。\n\n"
                + $"The semi-annual complaint statistics report for {due.Period.Key} is due to the regulator by {date} and is not signed off yet. "
                + "Review its figures and sign it off under /reports.",
                nowUtc, staffId: staffId));
        }

        db.Add(new ReportReminder(due.Period.Key, Domain.Common.StoredInstant.Normalize(nowUtc)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (await RemindedAsync(due.Period.Key, cancellationToken))
            {
                return 0;   // another instance wrote it first; its notices stand, ours rolled back
            }

            throw;
        }

        return to.Count;
    }

    private async Task<bool> RemindedAsync(string periodKey, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<ReportReminder>().AnyAsync(r => r.PeriodKey == periodKey, cancellationToken);
    }
}
