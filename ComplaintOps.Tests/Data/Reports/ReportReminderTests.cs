using ComplaintOps.Data.Domain.Notices;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Data.Features.Reports;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Tests.Data.Reports;

/// <summary>The semi-annual report's due reminder: from 14 days before 30 July, once per period, never once signed.</summary>
public sealed class ReportReminderTests : IntegrationTest
{
    private ReportReminders Reminders => Get<ReportReminders>();

    private async Task<List<Notice>> NoticesAsync()
    {
        await using var db = await Get<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);
        return await db.Notices.AsNoTracking().ToListAsync(Ct);
    }

    [Fact]
    public async Task The_reminder_is_written_once_in_the_window_before_the_due_date()
    {
        Assert.Equal(0, await Reminders.WriteDueRemindersAsync(TestRules.Local(2026, 7, 15, 9), Ct));   // 15 days before 30 July
        Assert.Empty(await NoticesAsync());

        Assert.Equal(1, await Reminders.WriteDueRemindersAsync(TestRules.Local(2026, 7, 16, 9), Ct));
        Assert.Equal(0, await Reminders.WriteDueRemindersAsync(TestRules.Local(2026, 7, 16, 10), Ct));
        Assert.Equal(0, await Reminders.WriteDueRemindersAsync(TestRules.Local(2026, 7, 29, 9), Ct));

        var notice = Assert.Single(await NoticesAsync());
        Assert.Equal((NoticeKind.ReportDue, NoticeChannel.Email, NoticeStatus.Pending), (notice.Kind, notice.Channel, notice.Status));
        Assert.Equal(new ReportOptions().ComplianceMailbox, notice.Recipient);   // the test database has no compliance account with an address
        Assert.Contains("2026H1", notice.Subject, StringComparison.Ordinal);
        Assert.Contains("2026-07-30", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_report_is_not_reminded_and_the_banner_says_so()
    {
        var reports = Get<IReportService>();
        await reports.SignOffAsync(ReportKind.SemiAnnual, new ReportPeriod(2026, 1), TestRules.Compliance, Ct);

        Assert.Equal(0, await Reminders.WriteDueRemindersAsync(TestRules.Local(2026, 7, 20, 9), Ct));
        Assert.Empty(await NoticesAsync());
        var due = await reports.DueAsync(TestRules.Local(2026, 7, 20, 9), Ct);
        Assert.Equal(("2026H1", true, false, 10), (due.Period.Key, due.Signed, due.Remind, due.DaysLeft));

        // The next half-year is reminded in its own window, before 30 January.
        Assert.Equal(1, await Reminders.WriteDueRemindersAsync(TestRules.Local(2027, 1, 20, 9), Ct));
        Assert.Contains("2026H2", Assert.Single(await NoticesAsync()).Subject, StringComparison.Ordinal);
    }
}
