using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Supervision;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Demo;

/// <summary>
/// The supervision part of the demo: reply templates in both languages for several categories, and last month's spot
/// check with its first cases checked (one failed, with rework asked and noted on the complaint). The review queue and
/// the feedback work list come from the demo complaints themselves (some under review, resolved, waiting for callbacks).
/// </summary>
internal static class DemoSupervision
{
    /// <summary>Recorded with the demo's spot check, as a supervisor would note the seed they drew with.</summary>
    public const long SpotCheckSeed = 20261101;

    private static readonly Actor Supervisor = new("S001", "赵建国", StaffRole.Supervisor);
    private static readonly Actor Compliance = new("C001", "钱明", StaffRole.Compliance);

    private static readonly ReplyTemplateText[] Templates =
    [
        new("CARD", "zh", "信用卡费用争议（已退还）",
            "经核实，您的投诉（编号 {reference}）所涉信用卡账户存在重复收取费用的情况，我行已调取交易流水与系统日志逐笔核对。",
            "依据《信用卡领用合约》相关收费条款及我行收费管理规定。",
            "因系统原因重复扣收，责任在我行。我行已于 {date} 退还 {amount}，并对相关系统规则进行修正。"),
        new("CARD", "en", "Card fee dispute (refunded)",
            "We checked your complaint {reference}: the card account was charged twice, as the transaction records and system logs show.",
            "The fee terms of the cardholder agreement and our fee rules.",
            "The duplicate charge was our error. We refunded {amount} on {date} and corrected the rule that caused it."),
        new("FEES", "zh", "收费定价解释（维持原收费）",
            "经核实，投诉 {reference} 所涉收费项目已在业务办理时告知并经您确认，收费标准与公示一致。",
            "依据我行对外公示的服务价目表及《商业银行服务价格管理办法》。",
            "收费符合公示标准和合同约定，我行维持原收费；如有异议，您可申请核查或通过调解等途径解决。"),
        new("FEES", "en", "Fee explanation (fee stands)",
            "We checked complaint {reference}: the fee was disclosed when the service was taken and matches the published price list.",
            "Our published price list and the rules on bank service prices.",
            "The fee follows the published terms, so it stands; you may ask for a review or use mediation if you disagree."),
        new("LOAN", "zh", "贷款还款记录更正",
            "经核实，投诉 {reference} 所涉贷款的还款记录因系统批处理延迟出现逾期标记。",
            "依据借款合同约定及《征信业管理条例》关于异议处理的规定。",
            "逾期标记系我行原因造成，已于 {date} 更正并报送征信更正，给您带来的不便深表歉意。"),
        new("any", "zh", "通用：已核实并解决",
            "经核实，您反映的问题（投诉编号 {reference}）情况属实，我行已完成调查。",
            "依据相关法律法规、监管规定及双方合同约定。",
            "我行已采取相应整改措施；如对处理结果有异议，可在收到本告知之日起 30 日内申请核查，或通过调解、仲裁、诉讼等途径解决。"),
        new("any", "en", "General: verified and resolved",
            "We have verified the matter you raised (complaint {reference}) and completed our investigation.",
            "The applicable laws and regulations and the terms of your agreement with us.",
            "We have taken corrective measures. If you disagree, you may ask for a review within 30 days of receiving this notice, or use mediation, arbitration or the courts."),
    ];

    public static async Task SeedAsync(IDbContextFactory<ComplaintOpsDbContext> dbFactory, HandlingRulesProvider rulesProvider, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        foreach (var text in Templates)
        {
            var (template, created) = ReplyTemplate.Create(text, Compliance, now.AddDays(-30));
            db.ReplyTemplates.Add(template);
            db.SupervisionEvents.Add(created);
        }

        await db.SaveChangesAsync(cancellationToken);
        await SpotCheckAsync(db, rulesProvider, now, cancellationToken);
    }

    /// <summary>Last month's sample, the first four cases checked: three pass, one fails and is sent back for rework.</summary>
    private static async Task SpotCheckAsync(ComplaintOpsDbContext db, HandlingRulesProvider rulesProvider, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rules = await rulesProvider.GetAsync(null, cancellationToken);
        var today = rules.Calendar.LocalDate(now);
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        // EndOfDayUtc is the day's last second: one second on is the next midnight.
        var from = rules.Calendar.EndOfDayUtc(month.AddDays(-1)).AddSeconds(1);
        var to = rules.Calendar.EndOfDayUtc(month.AddMonths(1).AddDays(-1)).AddSeconds(1);
        var population = await db.Complaints.AsNoTracking()
            .Where(c => c.Status == ComplaintStatus.Closed && c.ClosedAtUtc >= from && c.ClosedAtUtc < to)
            .ToDictionaryAsync(c => c.Id, c => c.Reference, cancellationToken);
        if (population.Count == 0)
        {
            return;
        }

        var drawnAt = now.AddDays(-(today.Day - 1) + 1);   // early this month, when last month's check is drawn
        var (check, drawn) = SpotCheck.Draw(month, SpotCheckSeed, SpotCheckSample.SizeFor(population.Count), population, today, Supervisor, drawnAt);
        db.SpotChecks.Add(check);
        db.SupervisionEvents.Add(drawn);
        var all = Enum.GetValues<SpotCheckItem>();
        for (var i = 0; i < Math.Min(4, check.Cases.Count); i++)
        {
            var item = check.Cases[i];
            var fails = i == 2;
            var answers = all.ToDictionary(a => a, a => fails && a == SpotCheckItem.EvidenceSufficient ? CheckAnswer.No
                : a == SpotCheckItem.CompensationAuthorizedAtTier && i % 2 == 1 ? CheckAnswer.NotApplicable : CheckAnswer.Yes);
            var at = drawnAt.AddHours(1 + i);
            db.SupervisionEvents.Add(check.Record(item.Id, answers, fails ? "调查记录只有客户陈述，缺少交易流水核对截图。Only the customer's account on file; no transaction records checked." : null,
                Supervisor, at));
            if (fails)
            {
                var (reworked, note) = check.RequestRework(item.Id, "补充交易流水核对记录并更新档案。Add the transaction record check to the file.", Supervisor, at.AddMinutes(10));
                db.SupervisionEvents.Add(reworked);
                var complaint = await db.Complaints.Include(c => c.Clocks).SingleAsync(c => c.Id == item.ComplaintId, cancellationToken);
                complaint.Apply(new AddNote(note), Supervisor, at.AddMinutes(10), await rulesProvider.GetAsync(complaint.SlaPolicyName, cancellationToken));
                complaint.ClearDomainEvents();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
