using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Queue;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Data.Queue;

public sealed class QueueQueriesTests : IntegrationTest
{
    private IQueueQueries Queue => Get<IQueueQueries>();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var commands = Get<IComplaintCommands>();
        for (var i = 0; i < 14; i++)
        {
            Clock.SetUtcNow(TestRules.Local(2026, 3, 2, 9).AddHours(7 * i));
            var id = (await commands.RegisterAsync(ComplaintBuilder.Sample() with
            {
                Subject = $"Q{i:00}",
                CustomerTier = i % 4 == 0 ? CustomerTier.Vip : CustomerTier.Standard,
            }, TestRules.Agent, null, Ct)).Id;
            if (i % 3 == 0)
            {
                // Investigations paused for an excludable reason (appraisal) have no running, unpaused clock: no due date,
                // listed after the dated ones. (Waiting for the customer would not stop the legal decision clock.)
                var version = 1;
                foreach (var (action, actor) in ComplaintBuilder.PathTo(ComplaintStatus.Investigating))
                {
                    version = await commands.ApplyAsync(id, version, action, actor, Ct);
                }

                version = await commands.ApplyAsync(id, version, new Acknowledge(), TestRules.Agent, Ct);
                await commands.ApplyAsync(id, version, new Pause(PauseReason.ExternalAppraisal, CustomerNotified: true, "送司法鉴定"), TestRules.Handler, Ct);
            }
            else if (i == 13)
            {
                await commands.ApplyAsync(id, 1, new Withdraw("撤诉"), TestRules.Agent, Ct);
            }
        }

        Clock.SetUtcNow(TestRules.Local(2026, 3, 6, 12));
        await commands.RegisterAsync(ComplaintBuilder.Sample() with { Subject = "Q14" }, TestRules.Agent, null, Ct);   // just in: on time
    }

    [Fact]
    public async Task Due_soonest_pages_run_through_the_dated_complaints_then_the_undated_ones_without_gaps_or_repeats()
    {
        var all = await Queue.ListAsync(new QueueQuery { Take = 100 }, TestRules.Supervisor, Ct);
        var paged = new List<QueueRow>();
        for (var skip = 0; skip < all.Total; skip += 4)
        {
            var page = await Queue.ListAsync(new QueueQuery { Skip = skip, Take = 4 }, TestRules.Supervisor, Ct);
            Assert.Equal(all.Total, page.Total);
            paged.AddRange(page.Items);
        }

        Assert.Equal(14, all.Total);   // the withdrawn one has left the queue
        Assert.Equal(all.Items.Select(r => r.Id), paged.Select(r => r.Id));
        var dated = all.Items.TakeWhile(r => r.NextDueAtUtc is not null).ToList();
        Assert.Equal(dated.Select(r => r.NextDueAtUtc).Order(), dated.Select(r => r.NextDueAtUtc));
        Assert.Equal(5, all.Items.Count(r => r.NextDueAtUtc is null));
        Assert.All(all.Items.Skip(dated.Count), r => Assert.Null(r.NextDueAtUtc));
    }

    [Fact]
    public async Task Clock_state_filters_match_the_state_each_row_reports()
    {
        var all = (await Queue.ListAsync(new QueueQuery { Take = 100 }, TestRules.Supervisor, Ct)).Items;

        foreach (var state in new[] { ClockState.OnTime, ClockState.AtRisk, ClockState.Breached })
        {
            var filtered = await Queue.ListAsync(new QueueQuery { ClockState = state, Take = 100 }, TestRules.Supervisor, Ct);
            Assert.Equal(all.Count(r => r.NextClockState == state), filtered.Total);
            Assert.All(filtered.Items, r => Assert.Equal(state, r.NextClockState));
        }

        Assert.Contains(all, r => r.NextClockState == ClockState.Breached);
        Assert.Contains(all, r => r.NextClockState == ClockState.OnTime);
        Assert.Equal(all.Count(r => r.CustomerTier == CustomerTier.Vip), (await Queue.ListAsync(new QueueQuery { VipOnly = true }, TestRules.Supervisor, Ct)).Total);
    }

    [Fact]
    public async Task A_drill_down_lists_the_open_complaints_of_a_topic_or_product_registered_in_the_window()
    {
        var all = (await Queue.ListAsync(new QueueQuery { Take = 100 }, TestRules.Supervisor, Ct)).Items;
        var inFive = all.Where(r => string.CompareOrdinal(r.Subject, "Q07") < 0).Select(r => r.Id).ToList();   // Q00–Q06
        await TestTopics.PublishAsync(Services, 1, [TestTopics.Born(5, "年费"), TestTopics.Born(6, "征信")],
            [.. TestTopics.In(5, inFive), .. TestTopics.In(6, all.Select(r => r.Id).Except(inFive))]);
        Clock.SetUtcNow(TestRules.Local(2026, 3, 6, 13));
        var product = (await Get<IComplaintCommands>().RegisterAsync(ComplaintBuilder.Sample() with { Subject = "Q15", Product = "白金卡" }, TestRules.Agent, null, Ct)).Id;

        var topic = await Queue.ListAsync(new QueueQuery { Topic = new TopicKey(5), Take = 100 }, TestRules.Supervisor, Ct);
        // Local day 2026-03-02: registered at 09:00, 16:00 and 23:00 (Q00–Q02); Q03 came in at 06:00 on the 3rd.
        var window = await Queue.ListAsync(new QueueQuery
        {
            Topic = new TopicKey(5), RegisteredFromUtc = TestRules.Local(2026, 3, 2, 0), RegisteredBeforeUtc = TestRules.Local(2026, 3, 3, 0), Take = 100,
        }, TestRules.Supervisor, Ct);
        var byProduct = await Queue.ListAsync(new QueueQuery { Product = "白金卡", Take = 100 }, TestRules.Supervisor, Ct);
        var elsewhere = TestRules.Handler with { Id = "HLOANS1", Department = "LOANS" };

        Assert.Equal(["Q00", "Q01", "Q02", "Q03", "Q04", "Q05", "Q06"], topic.Items.Select(r => r.Subject).Order(StringComparer.Ordinal));
        Assert.Equal(7, topic.Total);
        Assert.Equal(["Q00", "Q01", "Q02"], window.Items.Select(r => r.Subject).Order(StringComparer.Ordinal));
        Assert.Equal([product], byProduct.Items.Select(r => r.Id));
        Assert.Empty((await Queue.ListAsync(new QueueQuery { Topic = new TopicKey(5), Take = 100 }, elsewhere, Ct)).Items);   // still the viewer's scope
    }
}
