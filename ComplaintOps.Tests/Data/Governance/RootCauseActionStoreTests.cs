using ComplaintOps.Analytics.Effectiveness;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Effectiveness;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Data.Governance;

/// <summary>Root-cause actions and the outcome projection on a real SQLite file, through the real service composition.</summary>
public sealed class RootCauseActionStoreTests : IntegrationTest
{

    private IRootCauseActions Actions => Get<IRootCauseActions>();

    [Fact]
    public async Task Actions_are_stored_listed_and_completed_once()
    {
        var created = await Actions.CreateAsync(new NewRootCauseAction(RootCauseTarget.OfCategory("CARD"), "优化年费提醒", "HCARDS1", null, new DateOnly(2026, 3, 20)), TestRules.Supervisor, Ct);
        await Actions.CreateAsync(new NewRootCauseAction(RootCauseTarget.OfCategory("FEES"), "Fee table on the app", "HLOANS1", null, new DateOnly(2026, 3, 10)), TestRules.Supervisor, Ct);

        Clock.Advance(TimeSpan.FromDays(3));
        var done = await Actions.CompleteAsync(created.Id, created.Version, "新模板已上线", new DateOnly(2026, 3, 5), TestRules.Supervisor, Ct);
        var stale = await Assert.ThrowsAsync<DomainException>(() => Actions.CompleteAsync(created.Id, created.Version, "x", new DateOnly(2026, 3, 5), TestRules.Supervisor, Ct));
        var twice = await Assert.ThrowsAsync<DomainException>(() => Actions.CompleteAsync(created.Id, done.Version, "x", new DateOnly(2026, 3, 5), TestRules.Supervisor, Ct));

        Assert.Equal("concurrency_conflict", stale.Code);
        Assert.Equal("already_done", twice.Code);
        var list = await Actions.ListAsync(TestRules.Supervisor, Ct);
        Assert.Equal(["Fee table on the app", "优化年费提醒"], list.Select(a => a.Title).ToArray());   // open first, then done
        var stored = list[1];
        Assert.Equal(RootCauseActionStatus.Done, stored.Status);
        Assert.Equal(TestRules.Local(2026, 3, 5, 9), stored.CompletedAtUtc);
        Assert.Equal(2, stored.Version);
        Assert.Equal(new DateOnly(2026, 3, 20), stored.DueDate);
        Assert.Equal(("新模板已上线", new DateOnly(2026, 3, 5), "HCARDS1", "CARDS"), (stored.Evidence, stored.CompletedOn, stored.OwnerId, stored.Department));
    }

    [Fact]
    public async Task Bad_input_is_refused_and_nothing_is_stored()
    {
        await Assert.ThrowsAsync<DomainException>(() => Actions.CreateAsync(new NewRootCauseAction(RootCauseTarget.OfCategory("CARD"), "", "HCARDS1", null, new DateOnly(2026, 3, 20)), TestRules.Supervisor, Ct));
        await Assert.ThrowsAsync<DomainException>(() => Actions.CreateAsync(new NewRootCauseAction(RootCauseTarget.OfCategory("CARD"), "T", "HCARDS1", null, new DateOnly(2026, 3, 1)), TestRules.Supervisor, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => Actions.CompleteAsync(Guid.NewGuid(), 1, "x", new DateOnly(2026, 3, 2), TestRules.Supervisor, Ct));

        Assert.Empty(await Actions.ListAsync(TestRules.Supervisor, Ct));
    }

    [Fact]
    public async Task The_outcome_projection_reads_activities_roles_and_clocks_of_complaints_in_the_range()
    {
        var commands = Get<IComplaintCommands>();
        var id = (await commands.RegisterAsync(ComplaintBuilder.Sample() with { Channel = Channel.Letter, Product = "白金卡" }, TestRules.Agent, null, Ct)).Id;
        var version = 1;
        foreach (var (action, actor) in ComplaintBuilder.PathTo(ComplaintStatus.Investigating))
        {
            Clock.Advance(TimeSpan.FromHours(1));
            version = await commands.ApplyAsync(id, version, action, actor, Ct);
        }

        Clock.SetUtcNow(TestRules.Local(2026, 4, 1, 9));
        await commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct);   // outside the range below

        var queries = Get<IOutcomeQueries>();
        var outcomes = await queries.LoadAsync(TestRules.Local(2026, 3, 1, 0), TestRules.Local(2026, 3, 31, 0), Ct);

        var o = Assert.Single(outcomes);
        Assert.Equal((id, Channel.Letter, "白金卡", ComplaintStatus.Investigating), (o.Id, o.Channel, o.Product, o.Status));
        var history = await LoadHistoryAsync(id);
        Assert.Equal(history, o.Activities.Select(a => (a.Kind, a.Role)).ToArray());
        Assert.Equal(ComplaintEvent.RegisteredKind, o.Activities[0].Kind);
        Assert.Equal(StaffRole.IntakeAgent, o.Activities[0].Role);
        Assert.Contains(o.Clocks, c => c.MetAtUtc is not null);   // route met at assignment
        Assert.Equal(o.Clocks.Count, (await CountClocksAsync(id)));
        await Assert.ThrowsAsync<ArgumentException>(() => queries.LoadAsync(TestRules.Local(2026, 3, 2, 0), TestRules.Local(2026, 3, 1, 0), Ct));
    }

    [Fact]
    public async Task The_report_over_the_database_prices_what_the_projection_read()
    {
        var commands = Get<IComplaintCommands>();
        await commands.RegisterAsync(ComplaintBuilder.Sample() with { Channel = Channel.Phone }, TestRules.Agent, null, Ct);
        await commands.RegisterAsync(ComplaintBuilder.Sample() with { Channel = Channel.Letter }, TestRules.Agent, null, Ct);

        var report = await Get<IEffectivenessReports>()
            .GetAsync(new EffectivenessRequest(KpiDimension.Channel, KpiPeriod.Month, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)), Ct);

        // defaults: registration 10 min × 60/h = 10; phone 3, letter 12
        Assert.Equal([("Letter", 22m), ("Phone", 13m)], report.Rows.Select(r => (r.Group, r.TotalCost)).ToArray());
        Assert.Equal("2026-03", report.Rows[0].Period);
        await Assert.ThrowsAsync<ArgumentException>(() => Get<IEffectivenessReports>()
            .GetAsync(new EffectivenessRequest(KpiDimension.Channel, KpiPeriod.Month, new DateOnly(2026, 3, 31), new DateOnly(2026, 3, 1)), Ct));
    }

    private async Task<(string, StaffRole)[]> LoadHistoryAsync(Guid id)
    {
        await using var db = TestServices.OpenContext(Database);
        return (await db.ComplaintEvents.Where(e => e.ComplaintId == id).OrderBy(e => e.Sequence).Select(e => new { e.Kind, e.ActorRole }).ToListAsync(Ct))
            .Select(e => (e.Kind, e.ActorRole)).ToArray();
    }

    private async Task<int> CountClocksAsync(Guid id)
    {
        await using var db = TestServices.OpenContext(Database);
        return await db.ComplaintClocks.CountAsync(c => c.ComplaintId == id, Ct);
    }
}
