using System.Globalization;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Notices;

namespace ComplaintOps.Data.Features.Governance;

/// <summary>The overdue-action e-mail to a department head, in both languages (staff read either; one message, Chinese first).</summary>
public static class OverdueNotice
{
    public static Notice For(RootCauseAction action, ActionOwner head, string email, DateOnly today, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(head);
        var due = action.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var late = today.DayNumber - action.DueDate.DayNumber;
        var title = action.Title.Length > 80 ? action.Title[..80] + "…" : action.Title;
        var subject = $"行动项逾期 / Action item overdue: {title}";
        var body = string.Create(CultureInfo.InvariantCulture, $"""
            {head.Name}：

            联席会议行动项「{action.Title}」已逾期 {late} 天（到期日 {due}），负责人 {action.OwnerName}，当前状态：{Status(action.Status, true)}。
            请督促负责人尽快完成并提交完成证明。

            ---

            Dear {head.Name},

            The review-meeting action item "{action.Title}" is {late} day(s) overdue (due {due}); owner {action.OwnerName}, status: {Status(action.Status, false)}.
            Please see that the owner completes it and records the evidence.
            """);
        return Notice.Create(NoticeKind.ActionOverdue, NoticeChannel.Email, email, "zh", subject, body, nowUtc, staffId: head.Id);
    }

    private static string Status(RootCauseActionStatus status, bool chinese) => (status, chinese) switch
    {
        (RootCauseActionStatus.Open, true) => "未开始",
        (RootCauseActionStatus.InProgress, true) => "进行中",
        (RootCauseActionStatus.Done, true) => "已完成",
        (RootCauseActionStatus.Open, false) => "open",
        (RootCauseActionStatus.InProgress, false) => "in progress",
        _ => "done",
    };
}
