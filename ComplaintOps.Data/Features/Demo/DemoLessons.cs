namespace ComplaintOps.Data.Features.Demo;

/// <summary>The "lessons" a supervisor writes when promoting a demo case, one per category and language.</summary>
internal static class DemoLessons
{
    private static readonly Dictionary<string, (string Zh, string En)> ByCategory = new(StringComparer.Ordinal)
    {
        ["ACCOUNT"] = ("止付、冻结等账户限制必须当场告知原因、依据和解除路径，并留存告知记录。", "Any restriction on an account must be explained on the spot: reason, basis and how to lift it, with a record kept."),
        ["CARD"] = ("收费类批处理上线前要做重复扣收校验；客户来电核查超过两次仍无结论的，直接升级处理。", "Fee batches need a duplicate-charge check before release; a card query unanswered after two calls is escalated."),
        ["LOAN"] = ("合同中的违约金、提前还款条款必须单独提示并由客户签字确认，口头承诺不得与合同不一致。", "Prepayment and penalty clauses are highlighted and signed for separately; verbal promises must match the contract."),
        ["WEALTH"] = ("理财销售须完成风险测评并双录，产品风险等级与客户风险承受能力不匹配时不得销售。", "Wealth sales need a risk assessment and recorded sale; never sell above the customer's risk tolerance."),
        ["SHARES"] = ("托管与过户业务的办理时限和材料清单应一次性告知，避免客户多次往返。", "Tell custody and transfer customers the full document list and timeline once, so they need not come back."),
        ["FEES"] = ("新增或调整收费项目须提前公示并逐户短信告知，未告知扣收的费用一律退还。", "New or changed fees are published in advance and notified by SMS; fees charged without notice are refunded."),
        ["DIGITAL"] = ("版本升级前做好兼容性测试和灰度发布，故障期间在 App 首页公告并提供替代办理渠道。", "Test compatibility and roll out app upgrades gradually; during an outage post a notice and offer another channel."),
        ["PAYMENT"] = ("跨行转账、退款类问题要给出明确的到账时限，超时主动联系客户说明进度。", "Give a firm arrival time for transfers and refunds, and call the customer first if it is missed."),
        ["CONDUCT"] = ("服务态度投诉要调取录音录像核实，确认属实的纳入员工考核并组织培训。", "Check recordings for conduct complaints; upheld ones count in staff appraisal and lead to training."),
        ["PRIVACY"] = ("客户信息查询和对外提供必须有授权记录，发现泄露立即启动应急处置并告知客户。", "Every look-up or disclosure of customer data needs an authorisation record; a leak triggers the incident plan and the customer is told."),
        ["COLLECTION"] = ("催收只能联系借款人本人，不得骚扰第三方，外包机构的话术和频次要定期抽查。", "Collection contacts only the borrower, never third parties; check outsourced agents' scripts and call frequency regularly."),
        ["OTHER"] = ("首问负责到底，跨部门问题由首问人跟进至办结并回访客户。", "The first responder owns the case to the end, following up across departments and calling the customer back."),
    };

    public static string For(string? category, bool chinese) =>
        ByCategory.TryGetValue(category ?? "OTHER", out var lesson) ? (chinese ? lesson.Zh : lesson.En) : (chinese ? ByCategory["OTHER"].Zh : ByCategory["OTHER"].En);
}
