namespace ComplaintOps.Data.Features.Demo;

/// <summary>Root causes and measures a handler proposes, per category, in both languages.</summary>
internal static class DemoResolutions
{
    private static readonly Dictionary<string, (string Cause, string Measures)[]> UpheldZh = new()
    {
        ["ACCOUNT"] =
        [
            ("风控系统规则设置过严，对正常工资入账触发止付，且未及时向客户说明原因。", "解除止付，优化风控规则阈值，对网点员工开展告知义务培训。"),
            ("网点对开户和收费规定理解有误，做法超出总行公示标准。", "按公示标准为客户办理并退还相关费用，向全辖重申业务规定，对相关网点通报。"),
        ],
        ["CARD"] =
        [
            ("年费批量扣收任务重复执行，系统缺少重复扣费校验。", "退还重复扣收的年费，修复批处理程序并增加重复扣费检查，排查同批次受影响客户。"),
            ("交易风险监测未拦截异常境外交易，经调查认定为盗刷；分期费率告知不充分。", "按调查结论退还客户损失，更换新卡，优化境外无卡交易风控规则和分期营销话术。"),
        ],
        ["LOAN"] =
        [
            ("合同违约金条款未作显著提示，客户经理口头承诺与合同不一致。", "退还违约金，整改合同提示方式，对客户经理开展合规培训并纳入考核。"),
            ("重定价批处理参数配置错误，导致部分贷款利率未按时调整。", "重新核算利息并退还多收部分，修正参数，对同批次贷款全面排查并更正征信报送。"),
        ],
        ["WEALTH"] =
        [
            ("销售过程中未充分揭示产品风险，风险测评存在代填情况，违反适当性管理要求。", "与客户协商给予补偿，对相关理财经理问责，全面复查同类产品的销售录音录像。"),
            ("产品净值波动信息披露不及时，投资者沟通不到位。", "向持有人补充披露底层资产和净值变动原因，建立净值大幅波动主动告知机制，对符合条件的客户给予补偿。"),
        ],
        ["SHARES"] =
        [
            ("交收环节因登记数据校验异常被挂起，未及时人工处理。", "完成交收并补偿资金占用期间的利息损失，增加异常交收日终监控与提醒。"),
            ("股东名册变更登记时人工录入错误，复核流程缺失。", "更正股东名册并出具更正证明，实行双人复核，补发应得权益。"),
        ],
        ["FEES"] =
        [
            ("收费项目告知不到位，不符合服务价格公示要求。", "退还相关费用，更新网点价目表公示，对员工开展收费告知培训。"),
            ("收费服务在客户未同意的情况下被默认开通，计息规则说明不清。", "关闭服务并退还全部费用，清理默认开通的收费服务，修订计息规则说明。"),
        ],
        ["DIGITAL"] =
        [
            ("手机银行新版本与部分机型的登录组件不兼容，发布前兼容性测试不足。", "发布修复版本，为受影响客户开通临时登录通道，完善灰度发布和兼容性测试流程。"),
            ("跨行转账在清算环节超时，冲正交易未及时处理。", "完成冲正退回款项，修复超时处理机制，增加异常交易主动告知。"),
        ],
        ["PAYMENT"] =
        [
            ("支付通道重复提交，导致同一笔交易重复扣款。", "退回重复扣款，与支付机构核对并修复重复提交问题。"),
            ("汇款信息在人工录入环节出错，导致款项被退回或延误。", "重新汇出款项并补偿客户损失，增加汇款信息复核环节。"),
        ],
        ["CONDUCT"] =
        [
            ("员工服务意识不足，沟通方式不当。", "当面向客户致歉，对涉事员工批评教育并纳入绩效考核，网点开展服务礼仪培训。"),
            ("网点高峰期人力配置不足，销售行为管理不到位。", "调整高峰时段排班并增开窗口，开展销售行为专项检查，违规销售一律撤销并退款。"),
        ],
        ["PRIVACY"] =
        [
            ("合作机构违规使用客户信息开展营销。", "暂停与该合作机构的营销合作，督促删除相关信息，加强合作机构信息安全管理并开展检查。"),
            ("对账单地址维护错误，寄送前未核对；App权限设置超出必要范围。", "更正地址并收回错寄对账单，向客户致歉，调整App权限申请，完善个人信息保护评估。"),
        ],
        ["COLLECTION"] =
        [
            ("外包催收机构违反催收规范，联系与债务无关的第三人。", "责令外包机构整改并扣减服务费，停止联系第三人，对催收录音开展专项检查。"),
            ("催收名单中的联系人信息有误，导致错误催收。", "删除错误联系人信息，向客户致歉，完善催收号码核验流程。"),
        ],
        ["OTHER"] =
        [
            ("活动奖励和积分礼品的发放系统与名单核对存在遗漏。", "补发奖励或礼品，排查同批次参与客户，完善发放流程。"),
            ("吞卡处理流程时限过长，网点设施检查不到位。", "为客户尽快取回银行卡，优化吞卡处理时限，排查网点无障碍设施并限期整改。"),
        ],
    };

    private static readonly Dictionary<string, (string Cause, string Measures)[]> UpheldEn = new()
    {
        ["ACCOUNT"] =
        [
            ("The risk control rule was too strict and suspended a normal salary account; the customer was not told why.", "Lift the suspension, tune the rule thresholds, train branch staff on the duty to inform."),
            ("The branch misapplied the account opening and fee rules beyond the published standard.", "Serve the customer under the published standard and refund the fees; restate the rules to all branches."),
        ],
        ["CARD"] =
        [
            ("The annual fee batch job ran twice and the system has no duplicate-charge check.", "Refund the duplicate fee, fix the batch job, add a duplicate-charge check and review the affected batch."),
            ("Fraud monitoring did not stop the unusual overseas transactions; instalment fees were not explained.", "Refund the customer per the investigation, reissue the card, tighten card-not-present rules and sales scripts."),
        ],
        ["LOAN"] =
        [
            ("The penalty clause was not highlighted and the relationship manager's promise contradicted the contract.", "Refund the penalty, fix the contract disclosure, retrain the relationship manager and reflect it in appraisal."),
            ("A repricing batch parameter was wrong, so some loan rates were not reset on time.", "Recalculate and refund the overpaid interest, fix the parameter, review the batch and correct credit reporting."),
        ],
        ["WEALTH"] =
        [
            ("Product risks were not properly disclosed and the risk assessment was filled in for the customer.", "Agree compensation with the customer, hold the wealth manager accountable, review recorded sales of similar products."),
            ("Net value movements were not disclosed in time and investor communication was poor.", "Disclose the underlying assets and the cause of the drop, set up proactive alerts on sharp falls, compensate eligible holders."),
        ],
        ["SHARES"] =
        [
            ("Settlement was held by a registration data check and not handled manually in time.", "Complete settlement, compensate interest for the delay, add end-of-day monitoring of stuck settlements."),
            ("The shareholder register was keyed in wrongly and there was no second check.", "Correct the register, issue a certificate of correction, introduce four-eyes review, pay missed entitlements."),
        ],
        ["FEES"] =
        [
            ("The fee was not disclosed as the price publication rules require.", "Refund the fee, update the price list in branches, train staff on fee disclosure."),
            ("A paid service was switched on by default without consent; interest rules were unclear.", "Cancel the service, refund all fees, clean up default-on services, rewrite the interest rule notice."),
        ],
        ["DIGITAL"] =
        [
            ("The new app version's login component is incompatible with some phones; compatibility testing was insufficient.", "Ship a fix release, open a temporary login path for affected customers, strengthen staged rollout and testing."),
            ("The interbank transfer timed out in clearing and the reversal was not processed.", "Complete the reversal, fix timeout handling, notify customers of failed transactions proactively."),
        ],
        ["PAYMENT"] =
        [
            ("The payment channel submitted the transaction twice.", "Refund the duplicate debit, reconcile with the payment institution and fix the double submission."),
            ("Remittance details were keyed in wrongly, so the payment was returned or delayed.", "Resend the payment, compensate the customer's loss, add a second check on remittance details."),
        ],
        ["CONDUCT"] =
        [
            ("The employee lacked service awareness and communicated inappropriately.", "Apologise to the customer in person, counsel the employee and reflect it in appraisal, run service training."),
            ("Branch staffing at peak hours was insufficient and sales conduct was not supervised.", "Adjust peak-hour rosters, open more counters, review sales conduct and unwind any mis-sold policy."),
        ],
        ["PRIVACY"] =
        [
            ("A partner used customer data for marketing in breach of the agreement.", "Suspend marketing with the partner, require deletion of the data, audit partner data security."),
            ("The statement address was wrong and not checked; app permissions exceeded what is necessary.", "Correct the address, recover the statement, apologise, reduce app permissions, review data protection."),
        ],
        ["COLLECTION"] =
        [
            ("The collection agency broke the collection rules by contacting unrelated third parties.", "Order the agency to remediate and cut its fee, stop third-party contact, audit collection call recordings."),
            ("Wrong contact data in the collection list led to calls to the wrong person.", "Delete the wrong contact, apologise, add verification of collection phone numbers."),
        ],
        ["OTHER"] =
        [
            ("Reward and gift fulfilment missed customers when matching lists.", "Deliver the reward or gift, check the rest of the batch, fix the fulfilment process."),
            ("The retained-card process takes too long and branch facilities were not checked.", "Return the card quickly, shorten the retained-card process, inspect branch accessibility and fix it."),
        ],
    };

    private static readonly (string Cause, string Measures)[] NotUpheldZh =
    [
        ("经调阅合同、录音及交易流水核查，银行操作符合合同约定及监管规定，不存在违规情形。", "向客户详细解释相关规则和依据并提供书面说明，提示后续办理渠道。"),
        ("经核查，相关业务系客户本人办理并签字确认，银行已履行告知义务。", "向客户出示相关凭证并耐心解释，对客户的体验问题记录改进。"),
    ];

    private static readonly (string Cause, string Measures)[] NotUpheldEn =
    [
        ("Contracts, call recordings and transaction records show the bank acted in line with the contract and the rules.", "Explain the rules and their basis to the customer in writing and point to the right channels."),
        ("The records show the customer arranged and signed for the service and was properly informed.", "Show the customer the documents, explain patiently and log the experience issues for improvement."),
    ];

    public static (string Cause, string Measures) Pick(string category, bool chinese, bool upheld, Random random)
    {
        var pool = upheld ? (chinese ? UpheldZh : UpheldEn)[category] : chinese ? NotUpheldZh : NotUpheldEn;
        return pool[random.Next(pool.Length)];
    }
}
