using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Domain.Supervision;
using ComplaintOps.Data.Features.Supervision;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;

namespace ComplaintOps.Tests.Data.Supervision;

/// <summary>The review queue, the feedback work list and reply templates on a real database, acted on as the demo staff.</summary>
public sealed class SupervisionWorkListTests : IntegrationTest
{
    private ISupervisionQueries Supervision => Get<ISupervisionQueries>();

    [Fact]
    public async Task The_review_queue_shows_the_proposal_compensation_tier_and_clocks_and_approving_takes_it_off()
    {
        var waiting = await ComplaintInAsync(ComplaintStatus.UnderReview);
        await ComplaintInAsync(ComplaintStatus.Investigating);
        var supervisor = RunAs(StaffRole.Supervisor);

        var item = Assert.Single(await Supervision.ReviewQueueAsync(supervisor.Actor, Ct));

        Assert.Equal(waiting, item.Id);
        Assert.Equal(("批量扣费程序重复执行", CompensationKind.Refund, 300m), (item.RootCause, item.CompensationKind, item.CompensationAmount));
        Assert.True(item.CompensationAuthorized);
        Assert.NotNull(item.CompensationAuthorizedBy);
        Assert.NotNull(item.SubmittedAtUtc);
        Assert.Contains(item.Clocks, c => c.Kind == ClockKind.Resolve);
        var name = ComplaintBuilder.Sample().CustomerName;
        Assert.Equal(PersonalDataMask.Name(name), item.CustomerName);
        Assert.NotEqual(name, item.CustomerName);

        await supervisor.ApplyAsync(waiting, item.Version, new Approve());
        Assert.Empty(await Supervision.ReviewQueueAsync(supervisor.Actor, Ct));
        Assert.Equal(ComplaintStatus.Resolved, (await supervisor.GetAsync(waiting))!.Status);
    }

    [Theory]
    [InlineData(StaffRole.Handler)]
    [InlineData(StaffRole.DepartmentHead)]
    [InlineData(StaffRole.Manager)]
    [InlineData(StaffRole.Compliance)]
    public async Task Only_the_supervision_team_approves_or_returns_and_reads_the_review_queue(StaffRole role)
    {
        var id = await ComplaintInAsync(ComplaintStatus.UnderReview);
        var someone = RunAs(role);
        var version = (await RunAs(StaffRole.Supervisor).GetAsync(id))!.Version;

        await Assert.ThrowsAsync<ForbiddenException>(() => someone.ApplyAsync(id, version, new Approve()));
        await Assert.ThrowsAsync<ForbiddenException>(() => someone.ApplyAsync(id, version, new ReturnForRework("证据不足")));
        await Assert.ThrowsAsync<ForbiddenException>(() => Supervision.ReviewQueueAsync(someone.Actor, Ct));

        var supervisor = RunAs(StaffRole.Supervisor);
        await supervisor.ApplyAsync(id, version, new ReturnForRework("缺少扣款流水截图"));   // positive control
        var returned = (await supervisor.GetAsync(id))!;
        Assert.Equal(ComplaintStatus.Investigating, returned.Status);
        Assert.Equal("缺少扣款流水截图", returned.Timeline.Last().Reason);
    }

    [Fact]
    public async Task The_feedback_list_moves_a_case_from_feedback_to_callback_and_a_low_score_opens_a_follow_up()
    {
        var id = await ComplaintInAsync(ComplaintStatus.Resolved);
        var agent = RunAs(StaffRole.FeedbackAgent);

        var due = Assert.Single(await Supervision.FeedbackWorkAsync(agent.Actor, Ct));
        Assert.Equal((FeedbackWorkKind.FeedbackDue, ClockKind.Feedback), (due.Kind, due.Clock!.Kind));

        var version = await agent.ApplyAsync(id, due.Version, ComplaintBuilder.Valid(ComplaintTrigger.GiveFeedback));
        var callback = Assert.Single(await Supervision.FeedbackWorkAsync(agent.Actor, Ct));
        Assert.Equal((FeedbackWorkKind.CallbackDue, ClockKind.Callback, version), (callback.Kind, callback.Clock!.Kind, callback.Version));

        await agent.ApplyAsync(id, version, new RecordCallback(2, 3, "退款到账太慢", Channel.Phone, "希望加快到账"));
        var followUp = Assert.Single(await Supervision.FeedbackWorkAsync(agent.Actor, Ct));

        Assert.Equal((FeedbackWorkKind.FollowUpOpen, 2, "退款到账太慢", ClockKind.FollowUp), (followUp.Kind, followUp.Satisfaction, followUp.LowScoreReason, followUp.Clock!.Kind));
        var detail = (await agent.GetAsync(id))!;
        Assert.True(detail.FollowUpOpen);   // the domain opened it (SatisfactionScore.IsLow)
        var recorded = detail.Timeline.Last();
        Assert.Equal(("Phone", "希望加快到账", "3"), (recorded.Details["callbackChannel"], recorded.Details["callbackComments"], recorded.Details["callbackAttempts"]));
    }

    [Fact]
    public async Task A_good_score_opens_no_follow_up_and_leaves_the_list()
    {
        var id = await ComplaintInAsync(ComplaintStatus.FeedbackGiven);
        var agent = RunAs(StaffRole.FeedbackAgent);
        var callback = Assert.Single(await Supervision.FeedbackWorkAsync(agent.Actor, Ct));

        await agent.ApplyAsync(id, callback.Version, new RecordCallback(5, Channel: Channel.WeChat));

        Assert.Empty(await Supervision.FeedbackWorkAsync(agent.Actor, Ct));
        Assert.False((await agent.GetAsync(id))!.FollowUpOpen);
    }

    [Fact]
    public async Task A_handler_has_no_feedback_work_list()
    {
        await ComplaintInAsync(ComplaintStatus.Resolved);

        await Assert.ThrowsAsync<ForbiddenException>(() => Supervision.FeedbackWorkAsync(RunAs(StaffRole.Handler).Actor, Ct));
        Assert.Single(await Supervision.FeedbackWorkAsync(RunAs(StaffRole.FeedbackAgent).Actor, Ct));
    }

    [Fact]
    public async Task Templates_for_a_complaint_are_its_category_and_any_in_its_language_first_and_retired_ones_are_not_offered()
    {
        var templates = Get<IReplyTemplates>();
        var compliance = TestActors.Of(StaffRole.Compliance);
        var cardEn = await templates.CreateAsync(new ReplyTemplateText("CARD", "en", "Card refund", "v", "b", "r"), compliance, Ct);
        var cardZh = await templates.CreateAsync(new ReplyTemplateText("CARD", "zh", "信用卡退款", "核实", "依据", "理由"), compliance, Ct);
        var anyZh = await templates.CreateAsync(new ReplyTemplateText("any", "zh", "通用", "核实", "依据", "理由"), compliance, Ct);
        await templates.CreateAsync(new ReplyTemplateText("LOAN", "zh", "贷款", "核实", "依据", "理由"), compliance, Ct);
        var old = await templates.CreateAsync(new ReplyTemplateText("CARD", "zh", "旧版", "核实", "依据", "理由"), compliance, Ct);
        await templates.RetireAsync(old.Id, old.Version, compliance, Ct);

        var offered = await templates.ForComplaintAsync("CARD", "zh", TestActors.Of(StaffRole.FeedbackAgent), Ct);

        Assert.Equal([cardZh.Id, anyZh.Id, cardEn.Id], offered.Select(t => t.Id));
        await Assert.ThrowsAsync<ForbiddenException>(() => templates.ForComplaintAsync("CARD", "zh", TestActors.Of(StaffRole.Handler), Ct));
        var stale = await Assert.ThrowsAsync<DomainException>(() => templates.ChangeAsync(cardZh.Id, cardZh.Version + 1, cardZh.Text, compliance, Ct));
        Assert.Equal("concurrency_conflict", stale.Code);
    }
}
