using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Tests.TestInfrastructure.Builders;

/// <summary>Registers a complaint and drives it along the normal path to any state, with valid actions and actors.</summary>
public sealed class ComplaintBuilder
{
    private NewComplaint _data = Sample();
    private HandlingRules _rules = TestRules.Bank2020;
    private DateTimeOffset _at = TestRules.Local(2026, 3, 2, 9);
    private decimal _compensation = 300m;

    public static NewComplaint Sample() => new()
    {
        Channel = Channel.Phone,
        Subject = "信用卡年费被重复扣收",
        Description = "本月账单显示年费扣了两次，共计600元，要求退还。",
        CustomerName = "张三",
        CustomerPhone = "13800138000",
        NamedEmployeeIds = ["HCARDS2"],
    };

    public ComplaintBuilder With(Func<NewComplaint, NewComplaint> change)
    {
        _data = change(_data);
        return this;
    }

    public ComplaintBuilder Under(HandlingRules rules)
    {
        _rules = rules;
        return this;
    }

    public ComplaintBuilder At(DateTimeOffset registeredAtUtc)
    {
        _at = registeredAtUtc;
        return this;
    }

    /// <summary>The amount the proposed resolution grants; above the handler's limit the path adds a department head's authorization.</summary>
    public ComplaintBuilder WithCompensation(decimal amount)
    {
        _compensation = amount;
        return this;
    }

    public Complaint Build() => Complaint.Register(_data, TestRules.Agent, _at, _rules);

    /// <summary>A complaint in <paramref name="status"/>, reached through legal transitions one hour apart.</summary>
    public Complaint In(ComplaintStatus status)
    {
        var c = Build();
        var t = _at;
        foreach (var (action, actor) in PathTo(status))
        {
            t = t.AddHours(1);
            if (action is SubmitForReview && !c.CompensationAuthorized)
            {
                c.Apply(new AuthorizeCompensation(), TestRules.Head, t, _rules);
            }

            c.Apply(action is ProposeResolution propose ? propose with { CompensationAmount = _compensation } : action, actor, t, _rules);
        }

        c.ClearDomainEvents();
        return c;
    }

    public static IEnumerable<(ComplaintActivity Action, Actor Actor)> PathTo(ComplaintStatus status)
    {
        ComplaintTrigger[] path = status switch
        {
            ComplaintStatus.Registered => [],
            ComplaintStatus.Classified => [ComplaintTrigger.Classify],
            ComplaintStatus.Assigned => [ComplaintTrigger.Classify, ComplaintTrigger.Assign],
            ComplaintStatus.Investigating => [ComplaintTrigger.Classify, ComplaintTrigger.Assign, ComplaintTrigger.StartInvestigation],
            ComplaintStatus.ResolutionProposed => [.. PathTriggers(ComplaintStatus.Investigating), ComplaintTrigger.ProposeResolution],
            ComplaintStatus.UnderReview => [.. PathTriggers(ComplaintStatus.ResolutionProposed), ComplaintTrigger.SubmitForReview],
            ComplaintStatus.Resolved => [.. PathTriggers(ComplaintStatus.UnderReview), ComplaintTrigger.Approve],
            ComplaintStatus.FeedbackGiven => [.. PathTriggers(ComplaintStatus.Resolved), ComplaintTrigger.GiveFeedback],
            ComplaintStatus.Closed => [.. PathTriggers(ComplaintStatus.FeedbackGiven), ComplaintTrigger.RecordCallback, ComplaintTrigger.Close],
            ComplaintStatus.Appealed => [.. PathTriggers(ComplaintStatus.Closed), ComplaintTrigger.Appeal],
            ComplaintStatus.ReviewRequested => [.. PathTriggers(ComplaintStatus.Closed), ComplaintTrigger.RequestReview],
            ComplaintStatus.Withdrawn => [ComplaintTrigger.Withdraw],
            ComplaintStatus.Rejected => [ComplaintTrigger.Reject],
            ComplaintStatus.Merged => [ComplaintTrigger.Merge],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        return path.Select(t => (Valid(t), ActorFor(t)));
    }

    private static ComplaintTrigger[] PathTriggers(ComplaintStatus status) => PathTo(status).Select(p => p.Action.Trigger).ToArray();

    /// <summary>An activity carrying everything <paramref name="trigger"/> needs.</summary>
    public static ComplaintActivity Valid(ComplaintTrigger trigger) => trigger switch
    {
        ComplaintTrigger.Classify => new Classify("CARD", Severity.Medium),
        ComplaintTrigger.Assign => new Assign("CARDS", "HCARDS1", "刘敏"),
        ComplaintTrigger.Reassign => new Reassign("CARDS", "HCARDS1", "刘敏"),
        ComplaintTrigger.StartInvestigation => new StartInvestigation(),
        ComplaintTrigger.ProposeResolution => new ProposeResolution("批量扣费程序重复执行", "退还重复扣收的年费并修复批处理", "刘敏", CompensationKind.Refund, 300m),
        ComplaintTrigger.SubmitForReview => new SubmitForReview(),
        ComplaintTrigger.Approve => new Approve(),
        ComplaintTrigger.AuthorizeCompensation => new AuthorizeCompensation(),
        ComplaintTrigger.GiveFeedback => new GiveFeedback(Notice()),
        ComplaintTrigger.RecordCallback => new RecordCallback(4),
        ComplaintTrigger.CompleteFollowUp => new CompleteFollowUp("客户经理回访致歉"),
        ComplaintTrigger.Close => new Close(),
        ComplaintTrigger.Acknowledge => new Acknowledge(),
        ComplaintTrigger.Pause => new Pause(PauseReason.WaitingForCustomer, CustomerNotified: true, "等待客户提供账单"),
        ComplaintTrigger.Resume => new Resume(),
        ComplaintTrigger.Extend => new Extend(1, "需调取第三方支付机构记录", "已短信告知客户新的处理时限及理由"),
        ComplaintTrigger.Merge => new Merge(Guid.CreateVersion7()),
        ComplaintTrigger.RecordRepeat => new RecordRepeat(Guid.CreateVersion7(), HasNewFacts: false),
        ComplaintTrigger.AddNote => new AddNote("客户来电询问进度"),
        ComplaintTrigger.Withdraw => new Withdraw("原因说明 reason"),
        ComplaintTrigger.Reject => new Reject("原因说明 reason"),
        ComplaintTrigger.Appeal => new Appeal("原因说明 reason"),
        ComplaintTrigger.Reopen => new Reopen("原因说明 reason"),
        ComplaintTrigger.ReturnForRework => new ReturnForRework("原因说明 reason"),
        ComplaintTrigger.RequestReview => new RequestReview(new DateOnly(2026, 3, 2), "客户不认可处理结论", "RETAIL"),
        ComplaintTrigger.DecideReview => new DecideReview(ReviewOutcome.Upheld, "维持原处理决定"),
        ComplaintTrigger.ReportToRegulator => new ReportToRegulator(RegulatorReportKind.TransferResult, "已退还年费并致歉", "沪金管回〔2026〕1号"),
        ComplaintTrigger.DesignateMajor => new DesignateMajor(MajorReason.RegulatorDesignated, "监管机构认定为重大投诉"),
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };

    /// <summary>A complete decision notice (art. 19), phoned through with the call recording's id; offers the remedies every profile allows.</summary>
    public static DecisionNotice Notice() => new("调阅扣费记录，确认年费重复扣收", "信用卡领用合约第五条", "系统批处理重复执行",
        Remedies.Mediation | Remedies.Litigation, Channel.Phone, "REC-20260302-001");

    /// <summary>The role that may fire <paramref name="trigger"/>.</summary>
    public static Actor ActorFor(ComplaintTrigger trigger) => trigger switch
    {
        ComplaintTrigger.Approve or ComplaintTrigger.ReturnForRework or ComplaintTrigger.Reject => TestRules.Supervisor,
        ComplaintTrigger.AuthorizeCompensation or ComplaintTrigger.Extend => TestRules.Head,
        ComplaintTrigger.GiveFeedback or ComplaintTrigger.Close or ComplaintTrigger.RecordCallback or ComplaintTrigger.CompleteFollowUp
            => TestRules.FeedbackAgent,
        ComplaintTrigger.ReportToRegulator or ComplaintTrigger.DesignateMajor => TestRules.Compliance,
        ComplaintTrigger.DecideReview => TestRules.Reviewer,
        ComplaintTrigger.StartInvestigation or ComplaintTrigger.ProposeResolution or ComplaintTrigger.SubmitForReview
            or ComplaintTrigger.Pause or ComplaintTrigger.Resume => TestRules.Handler,
        _ => TestRules.Agent,
    };
}
