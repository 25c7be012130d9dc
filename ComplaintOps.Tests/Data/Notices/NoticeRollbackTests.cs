using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Notices;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Persistence.Providers;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Tests.Data.Notices;

/// <summary>A notice exists only if the change that needs it committed (the outbox shares the change's transaction).</summary>
public sealed class NoticeRollbackTests : IntegrationTest
{
    [Fact]
    public async Task A_change_whose_commit_fails_leaves_no_notice_and_no_change()
    {
        var agent = RunAs(StaffRole.IntakeAgent);
        var registered = await agent.RegisterAsync(NoticeTestData.EmailCustomer());
        var (commands, failing) = FailingCommit.Commands(Database, Services, Clock);

        await Assert.ThrowsAsync<InvalidOperationException>(() => commands.ApplyAsync(registered.Id, registered.Version, new Acknowledge(), TestRules.Agent, Ct));

        Assert.Equal(1, failing.NoticesInsideTransaction);   // written inside the transaction…
        Assert.Empty(await NoticeTestData.AllAsync(Database));  // …and gone with it
        var detail = (await agent.GetAsync(registered.Id))!;
        Assert.Equal(registered.Version, detail.Version);
        Assert.DoesNotContain(detail.Timeline, e => e.Kind == nameof(ComplaintTrigger.Acknowledge));

        // Positive control: the same change through the same commands commits both.
        await commands.ApplyAsync(registered.Id, registered.Version, new Acknowledge(), TestRules.Agent, Ct);
        Assert.Single(await NoticeTestData.AllAsync(Database));
    }

    [Fact]
    public async Task A_change_refused_for_a_stale_version_writes_no_notice()
    {
        var agent = RunAs(StaffRole.IntakeAgent);
        var registered = await agent.RegisterAsync(NoticeTestData.EmailCustomer());
        await agent.FireAsync(registered.Id, ComplaintTrigger.Classify);   // someone else moved it on

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => agent.ApplyAsync(registered.Id, registered.Version, new Acknowledge()));

        Assert.Empty(await NoticeTestData.AllAsync(Database));
    }
}
