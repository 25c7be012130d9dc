using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Notices;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Data.Persistence.Identity;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Tests.Data.Governance;

/// <summary>Overdue action items escalated to the owner's department head: one notice per action, however often it runs.</summary>
public sealed class ActionEscalationTests : IntegrationTest
{
    private IActionEscalation Escalation => Get<IActionEscalation>();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = TestServices.OpenContext(Database);
        db.Users.Add(new ComplaintOpsUser { UserName = "head", NormalizedUserName = "HEAD", StaffId = "HCARDS0", Email = "head.cards@bank.example" });
        await db.SaveChangesAsync(Ct);   // LOANS's head has no account: their actions wait
    }

    [Fact]
    public async Task Each_overdue_action_gets_exactly_one_notice_to_its_owners_head_and_running_again_adds_none()
    {
        var actions = Get<IRootCauseActions>();
        var late = await CreateAsync("年费提醒短信", "HCARDS1", due: new DateOnly(2026, 3, 5));
        var done = await CreateAsync("已完成的", "HCARDS2", due: new DateOnly(2026, 3, 5));
        await CreateAsync("未到期的", "HCARDS1", due: new DateOnly(2026, 3, 20));
        await CreateAsync("贷款部的", "HLOANS1", due: new DateOnly(2026, 3, 5));
        await actions.CompleteAsync(done.Id, done.Version, "已上线", new DateOnly(2026, 3, 2), TestRules.Supervisor, Ct);
        Clock.SetUtcNow(TestRules.Local(2026, 3, 6, 9));

        Assert.Equal(0, await Escalation.EscalateOverdueAsync(TestRules.Local(2026, 3, 5, 23), Ct));   // due that day: not overdue yet
        Assert.Equal(1, await Escalation.EscalateOverdueAsync(Clock.GetUtcNow(), Ct));
        Assert.Equal(0, await Escalation.EscalateOverdueAsync(Clock.GetUtcNow(), Ct));
        Assert.Equal(0, await Escalation.EscalateOverdueAsync(Clock.GetUtcNow().AddDays(1), Ct));

        await using var db = TestServices.OpenContext(Database);
        var notice = Assert.Single(await db.Notices.ToListAsync(Ct));
        Assert.Equal((NoticeKind.ActionOverdue, NoticeChannel.Email, "head.cards@bank.example", "HCARDS0", NoticeStatus.Pending),
            (notice.Kind, notice.Channel, notice.Recipient, notice.StaffId, notice.Status));
        Assert.Contains("行动项逾期", notice.Subject, StringComparison.Ordinal);
        Assert.Contains("Action item overdue", notice.Subject, StringComparison.Ordinal);
        Assert.Contains("已逾期 1 天", notice.Body, StringComparison.Ordinal);
        Assert.Contains("1 day(s) overdue", notice.Body, StringComparison.Ordinal);
        var escalated = await db.GovernanceEvents.Where(e => e.Kind == GovernanceEventKind.ActionEscalated).ToListAsync(Ct);
        Assert.Equal([(late.Id, "scheduler")], escalated.Select(e => (e.ActionId!.Value, e.ActorId)).ToArray());
        Assert.NotNull((await db.RootCauseActions.SingleAsync(a => a.Id == late.Id, Ct)).EscalatedAtUtc);
    }

    [Fact]
    public async Task Two_runs_at_once_still_write_one_notice()
    {
        await CreateAsync("年费提醒短信", "HCARDS1", due: new DateOnly(2026, 3, 3));
        var now = TestRules.Local(2026, 3, 9, 9);

        var counts = await Task.WhenAll(Escalation.EscalateOverdueAsync(now, Ct), Escalation.EscalateOverdueAsync(now, Ct));

        Assert.Equal(1, counts.Sum());
        await using var db = TestServices.OpenContext(Database);
        Assert.Equal(1, await db.Notices.CountAsync(Ct));
    }

    private Task<RootCauseActionDto> CreateAsync(string title, string owner, DateOnly due) =>
        Get<IRootCauseActions>().CreateAsync(new NewRootCauseAction(RootCauseTarget.OfCategory("CARD"), title, owner, null, due), TestRules.Supervisor, Ct);
}
