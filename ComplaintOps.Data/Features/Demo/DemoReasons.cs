using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Features.Demo;

/// <summary>What staff write on workflow steps: reasons, notes and notices, in both languages.</summary>
internal static class DemoReasons
{
    public static string Reject(bool zh, Random r) => Pick(r, zh,
        ["非本机构业务范围，已告知客户向相关机构反映。", "投诉内容与已办结投诉完全相同，无新的事实和理由。", "客户信息不全且多次联系未果，无法核实投诉事项。", "恶意重复投诉，内容与事实明显不符。"],
        ["Not a matter for this institution; the customer was referred to the right body.", "Same as a complaint already closed, with no new facts.",
         "Contact details incomplete and the customer could not be reached to verify the complaint.", "Vexatious repeat complaint contradicted by the records."]);

    public static string Withdraw(bool zh, Random r) => Pick(r, zh,
        ["客户表示问题已自行解决，申请撤回投诉。", "客户与网点协商一致，主动撤回投诉。", "客户来电撤回，称此前误解了相关规则。"],
        ["The customer says the problem resolved itself and withdraws the complaint.", "The customer settled it with the branch and withdrew.",
         "The customer called to withdraw, having misunderstood the rules."]);

    public static string Return(bool zh, Random r) => Pick(r, zh,
        ["补偿金额依据不充分，请补充交易流水核查结论。", "根本原因分析不够具体，请补充整改措施的责任人和完成时间。", "请补充与客户沟通的录音记录后再提交。"],
        ["The compensation is not justified; add the transaction review findings.", "The root cause is too vague; name owners and dates for the measures.",
         "Attach the recording of the call with the customer before resubmitting."]);

    public static string Appeal(bool zh, Random r) => Pick(r, zh,
        ["客户对处理结果不满意，认为补偿金额过低。", "客户认为银行未回应其核心诉求，要求重新调查。", "客户提供了新的证据，申请复核。"],
        ["The customer disputes the result and finds the compensation too low.", "The customer says the core demand was not addressed and asks for a new investigation.",
         "The customer has new evidence and asks for a review."]);

    public static string Reopen(bool zh, Random r) => Pick(r, zh,
        ["申诉理由成立，启动第二轮调查。", "客户提供新证据，需要重新核实。"],
        ["The appeal has merit; second round of investigation opened.", "New evidence from the customer needs to be verified."]);

    public static string Extend(bool zh, Random r) => Pick(r, zh,
        ["需调取交易流水及录音，跨部门核查周期较长。", "涉及第三方机构协查，需延长办理时限。", "案情复杂，需召开多部门会诊。"],
        ["Transaction records and recordings must be retrieved across departments.", "A third party has to assist the investigation.",
         "Complex case; a joint consultation of several departments is needed."]);

    public static string ExtensionNotice(bool zh, DateOnly newLimit, int days, DayCount count) => zh
        ? $"已电话告知客户：办理时限延长{days}{(count == DayCount.Natural ? "日" : "个工作日")}至{newLimit.Year}年{newLimit.Month}月{newLimit.Day}日，并说明了原因。"
        : $"Customer told by phone that the time limit is extended by {days} {(count == DayCount.Natural ? "days" : "working days")} to {newLimit:yyyy-MM-dd}, and why.";

    public static DecisionNotice Decision(bool zh, Channel channel, bool reviewOffered, Random r) => new(
        zh ? "调阅了交易流水、业务凭证和通话录音，并与经办人员核实。" : "Checked the transaction records, vouchers and call recordings, and spoke to the staff involved.",
        zh ? "依据双方合同约定、本行收费标准及相关监管规定。" : "The contract terms, our published fee schedule and the applicable regulations.",
        zh ? "经核查，处理结论及原因已逐项说明。" : "Each point of the complaint is answered with the finding and its reason.",
        (reviewOffered ? Remedies.Review : Remedies.None) | Remedies.Mediation | Remedies.Litigation,
        channel,
        channel switch
        {
            Channel.Email => $"MSG-{r.Next(100000, 999999)}",
            Channel.Letter => $"EMS{r.Next(10000000, 99999999)}CN",
            Channel.Phone => $"REC-{r.Next(100000, 999999)}",
            _ => $"SMS-{r.Next(100000, 999999)}",
        });

    public static string Major(bool zh) => zh
        ? "涉及客户众多、影响较大，认定为重大投诉。"
        : "Many customers affected with wide impact; designated a major complaint.";

    public static string MajorReport(bool zh) => zh
        ? "已向监管机构报告重大投诉的基本情况、影响范围及应对措施。"
        : "Reported the major complaint to the regulator: what happened, who is affected and what we are doing.";

    public static string TransferReport(bool zh) => zh
        ? "已按转办要求向交办机构报告处理结果。"
        : "Reported the result to the transferring regulator as its transfer required.";

    public static string ReportProof(Random r) => $"NFRA-RPT-{r.Next(100000, 999999)}";

    public static string ReviewRequest(bool zh, Random r) => Pick(r, zh,
        ["客户对处理结论有异议，申请核查。", "客户认为未充分考虑其提供的证据，申请核查。"],
        ["The customer disputes the decision and asks for a review.", "The customer says the evidence they gave was not considered and asks for a review."]);

    public static string ReviewDecision(bool zh) => zh
        ? "经独立核查，复核原处理依据及证据，出具核查意见。"
        : "Reviewed independently: the basis and evidence of the decision were re-examined and a review opinion given.";

    public static string LowScore(bool zh, Random r) => Pick(r, zh,
        ["客户认为补偿金额偏低。", "客户对处理时长不满意。"],
        ["The customer finds the compensation too low.", "The customer is unhappy with how long it took."]);

    public static string FollowUp(bool zh) => zh ? "客户经理回访，解释处理依据并致歉，客户表示理解。" : "Relationship manager called back, explained the basis and apologised; the customer accepted.";

    public static string Pause(bool zh, PauseReason reason) => (reason, zh) switch
    {
        (PauseReason.WaitingForCustomer, true) => "等待客户补充提供交易凭证，已电话告知客户暂停计时。",
        (PauseReason.ExternalAppraisal, true) => "需委托第三方机构进行鉴定，已告知客户暂停计时。",
        (PauseReason.Litigation, true) => "客户已就同一事项提起诉讼，暂停处理，已书面告知客户。",
        (PauseReason.WaitingForCustomer, false) => "Waiting for the customer's transaction receipts; customer told the clock is paused.",
        (PauseReason.ExternalAppraisal, false) => "An external appraisal is needed; customer told the clock is paused.",
        _ => "The customer has gone to court over the same matter; handling paused and the customer informed in writing.",
    };


    public static string Note(bool zh, Random r) => Pick(r, zh,
        ["已电话联系客户，核实交易时间和金额。", "已调取网点监控录像和业务凭证。", "已向合作机构发函协查。", "已与客户约定面谈时间。", "已调取通话录音并完成初步核查。"],
        ["Called the customer to confirm the transaction time and amount.", "Retrieved the branch CCTV footage and vouchers.",
         "Wrote to the partner institution for assistance.", "Agreed a meeting with the customer.", "Retrieved the call recordings and completed a first review."]);

    public static string Merge(bool zh, string reference) => zh ? $"重复投诉，已并入{reference}。" : $"Duplicate of {reference}; merged.";

    public static string Duplicate(bool zh, string subject) => zh ? "再次投诉：" + subject : "Follow-up: " + subject;

    public static string DuplicateBody(bool zh, string reference) => zh
        ? $"我此前已投诉过此事（编号{reference}），至今没有结果，现再次反映，请尽快处理。"
        : $"I already complained about this (reference {reference}) and have heard nothing. I am raising it again; please deal with it.";

    private static string Pick(Random r, bool zh, string[] chinese, string[] english)
    {
        var pool = zh ? chinese : english;
        return pool[r.Next(pool.Length)];
    }
}
