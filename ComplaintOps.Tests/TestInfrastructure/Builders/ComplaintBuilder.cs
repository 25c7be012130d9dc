using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Tests.TestInfrastructure.Builders;

/// <summary>Registers a complaint and drives it along the normal path to any state, with valid actions and actors.</summary>
public sealed class ComplaintBuilder
{
    private NewComplaint _data = Sample();
    private HandlingRules _rules = TestRules.Standard;
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
            if (action.Trigger == ComplaintTrigger.SubmitForReview && !c.CompensationAuthorized)
            {
                c.Apply(new ComplaintAction(ComplaintTrigger.AuthorizeCompensation), TestRules.Head, t, _rules);
            }

            c.Apply(action.Trigger == ComplaintTrigger.ProposeResolution ? action with { CompensationAmount = _compensation } : action, actor, t, _rules);
        }

        c.ClearDomainEvents();
        return c;
    }

    public static IEnumerable<(ComplaintAction Action, Actor Actor)> PathTo(ComplaintStatus status)
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
            ComplaintStatus.Closed => [.. PathTriggers(ComplaintStatus.FeedbackGiven), ComplaintTrigger.Close],
            ComplaintStatus.Appealed => [.. PathTriggers(ComplaintStatus.Closed), ComplaintTrigger.Appeal],
            ComplaintStatus.Withdrawn => [ComplaintTrigger.Withdraw],
            ComplaintStatus.Rejected => [ComplaintTrigger.Reject],
            ComplaintStatus.Merged => [ComplaintTrigger.Merge],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        return path.Select(t => (Valid(t), ActorFor(t)));
    }

    private static ComplaintTrigger[] PathTriggers(ComplaintStatus status) => PathTo(status).Select(p => p.Action.Trigger).ToArray();

    /// <summary>An action carrying everything <paramref name="trigger"/> needs.</summary>
    public static ComplaintAction Valid(ComplaintTrigger trigger) => trigger switch
    {
        ComplaintTrigger.Classify => new(trigger) { Category = "CARD", Severity = Severity.Medium },
        ComplaintTrigger.Assign or ComplaintTrigger.Reassign => new(trigger) { Department = "CARDS", HandlerId = "HCARDS1", HandlerName = "刘敏" },
        ComplaintTrigger.ProposeResolution => new(trigger)
        {
            RootCause = "批量扣费程序重复执行", Measures = "退还重复扣收的年费并修复批处理", ResolutionOwner = "刘敏",
            CompensationKind = CompensationKind.Refund, CompensationAmount = 300m,
        },
        ComplaintTrigger.Close => new(trigger) { Satisfaction = 4 },
        ComplaintTrigger.Pause => new(trigger) { PauseReason = PauseReason.WaitingForCustomer, CustomerNotified = true, Reason = "等待客户提供账单" },
        ComplaintTrigger.Extend => new(trigger) { ExtensionDays = 10, Reason = "需调取第三方支付机构记录", Approver = "张杰主任", CustomerNotice = "已短信告知客户新的处理时限及理由" },
        ComplaintTrigger.Merge or ComplaintTrigger.RecordRepeat => new(trigger) { RelatedComplaintId = Guid.CreateVersion7() },
        ComplaintTrigger.AddNote => new(trigger) { Note = "客户来电询问进度" },
        ComplaintTrigger.Withdraw or ComplaintTrigger.Reject or ComplaintTrigger.Appeal or ComplaintTrigger.Reopen or ComplaintTrigger.ReturnForRework
            => new(trigger) { Reason = "原因说明 reason" },
        ComplaintTrigger.GiveFeedback => new(trigger) { FeedbackChannel = Channel.Phone },
        _ => new(trigger),
    };

    /// <summary>The role that may fire <paramref name="trigger"/>.</summary>
    public static Actor ActorFor(ComplaintTrigger trigger) => trigger switch
    {
        ComplaintTrigger.Approve or ComplaintTrigger.ReturnForRework or ComplaintTrigger.Reject => TestRules.Supervisor,
        ComplaintTrigger.AuthorizeCompensation or ComplaintTrigger.Extend => TestRules.Head,
        ComplaintTrigger.GiveFeedback or ComplaintTrigger.Close => TestRules.FeedbackAgent,
        ComplaintTrigger.StartInvestigation or ComplaintTrigger.ProposeResolution or ComplaintTrigger.SubmitForReview
            or ComplaintTrigger.Pause or ComplaintTrigger.Resume => TestRules.Handler,
        _ => TestRules.Agent,
    };
}
