using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Queue;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;

namespace ComplaintOps.Tests.Data.Complaints;

/// <summary>
/// Every field issue #9 added to the stored complaint and its clocks, written through <see cref="IComplaintCommands"/> and
/// read back through <see cref="IComplaintQueries"/> on a real database (one class per provider).
/// </summary>
public abstract class RulesRoundTripTestsBase<TDatabase>() : IntegrationTest(new TDatabase())
    where TDatabase : TestDatabase, new()
{
    private IComplaintCommands Commands => Get<IComplaintCommands>();

    private IComplaintQueries Queries => Get<IComplaintQueries>();

    private async Task<ComplaintDetail> ReadAsync(Guid id) => (await Queries.GetAsync(id, TestRules.Supervisor, Ct))!;

    private async Task<int> ApplyAsync(Guid id, ComplaintActivity activity, Actor actor)
    {
        Clock.Advance(TimeSpan.FromMinutes(30));
        return await Commands.ApplyAsync(id, (await ReadAsync(id)).Version, activity, actor, Ct);
    }

    [Fact]
    public async Task The_receipt_time_reads_back_and_the_clocks_count_from_it_citing_their_rule()
    {
        var received = TestRules.Local(2026, 2, 28, 15, 20);   // a letter received on Saturday, registered Monday 2 March 09:00
        var id = (await Commands.RegisterAsync(ComplaintBuilder.Sample() with { ReceivedAt = received }, TestRules.Agent, null, Ct)).Id;

        var detail = await ReadAsync(id);

        Assert.Equal(received, detail.ReceivedAtUtc);
        Assert.Equal(TestRules.Local(2026, 3, 2, 9), detail.RegisteredAtUtc);
        var resolve = detail.Clocks.Single(c => c.Kind == ClockKind.Resolve);
        Assert.Equal(received, resolve.StartedAtUtc);
        Assert.Equal(TestRules.EndOfDay(2026, 3, 15), resolve.DueAtUtc);   // 28 Feb + 15 natural days = Sun 15 March
        Assert.Equal(new Citation("CBIRC2020", "18"), resolve.Basis!.Citation);
        Assert.Equal(DayCount.Natural, resolve.Basis.Count);
        Assert.Equal(15, resolve.Basis.Days);
        Assert.True(resolve.Legal);
    }

    [Fact]
    public async Task A_receipt_after_registration_or_older_than_180_days_is_refused_and_stores_nothing()
    {
        var now = Clock.GetUtcNow();

        foreach (var receivedAt in new[] { now.AddMinutes(1), now.AddDays(-181) })
        {
            // The intake validator answers first, field by field (the domain's own guard, invalid_receivedAt, is the last line).
            var ex = await Assert.ThrowsAsync<ValidationException>(() =>
                Commands.RegisterAsync(ComplaintBuilder.Sample() with { ReceivedAt = receivedAt }, TestRules.Agent, null, Ct));
            Assert.Contains("receivedAt", ex.Errors.Keys);
        }

        Assert.Equal(0, (await Queries.ListAsync(new ComplaintListQuery(), TestRules.Supervisor, Ct)).Total);
        await Commands.RegisterAsync(ComplaintBuilder.Sample() with { ReceivedAt = now.AddDays(-180) }, TestRules.Agent, null, Ct);   // the oldest allowed
        Assert.Equal(1, (await Queries.ListAsync(new ComplaintListQuery(), TestRules.Supervisor, Ct)).Total);
    }

    [Fact]
    public async Task The_decision_notice_reads_back_with_its_proof_of_sending()
    {
        var id = await ComplaintInAsync(ComplaintStatus.FeedbackGiven);

        var detail = await ReadAsync(id);

        Assert.Equal(ComplaintBuilder.Notice(), detail.Decision);
        Assert.Equal(Remedies.Mediation | Remedies.Litigation, detail.Decision!.Remedies);
        Assert.Equal(TestRules.Local(2026, 3, 2, 9), detail.DecisionSentAtUtc);   // the walk fires every step at the test clock's time
    }

    [Fact]
    public async Task The_review_request_and_its_decision_read_back()
    {
        var id = await ComplaintInAsync(ComplaintStatus.Closed);
        await ApplyAsync(id, new RequestReview(new DateOnly(2026, 3, 2), "客户不认可处理结论", "RETAIL"), TestRules.Agent);

        var requested = await ReadAsync(id);
        Assert.Equal(ComplaintStatus.ReviewRequested, requested.Status);
        Assert.Equal(new DateOnly(2026, 3, 2), requested.ReviewDecisionReceivedOn);
        Assert.Equal("CARDS", requested.OriginalDepartment);
        Assert.Equal("RETAIL", requested.Department);
        Assert.Null(requested.ReviewOutcome);
        var review = requested.Clocks.Single(c => c.Kind == ClockKind.Review);
        Assert.Equal(TestRules.EndOfDay(2026, 4, 1), review.DueAtUtc);   // requested 2 March + 30 natural days

        await ApplyAsync(id, new DecideReview(ReviewOutcome.Upheld, "维持原处理决定"), TestRules.Reviewer);

        var decided = await ReadAsync(id);
        Assert.Equal(ComplaintStatus.Closed, decided.Status);
        Assert.Equal(ReviewOutcome.Upheld, decided.ReviewOutcome);
        Assert.Equal(ClockState.Met, decided.Clocks.Single(c => c.Kind == ClockKind.Review).State);
    }

    [Fact]
    public async Task The_regulator_transfer_and_its_report_read_back()
    {
        var id = await ComplaintInAsync(ComplaintStatus.Resolved, ComplaintBuilder.Sample() with
        {
            Channel = Channel.Regulator, RegulatorDeadline = new DateOnly(2026, 3, 12), RegulatorName = "国家金融监督管理总局上海监管局",
            RegulatorReference = "沪金管转〔2026〕58号",
        });
        Assert.Equal(ClockState.OnTime, (await ReadAsync(id)).Clocks.Single(c => c.Kind == ClockKind.Regulator).State);   // approval did not meet it

        await ApplyAsync(id, new ReportToRegulator(RegulatorReportKind.TransferResult, "已退还重复扣收年费", "回执 0312-01"), TestRules.Compliance);

        var detail = await ReadAsync(id);
        Assert.Equal("国家金融监督管理总局上海监管局", detail.RegulatorName);
        Assert.Equal("沪金管转〔2026〕58号", detail.RegulatorReference);
        Assert.Equal("已退还重复扣收年费", detail.RegulatorReport);
        Assert.Equal(Clock.GetUtcNow(), detail.RegulatorReportedAtUtc);
        var regulator = detail.Clocks.Single(c => c.Kind == ClockKind.Regulator);
        Assert.Equal(ClockState.Met, regulator.State);
        Assert.Equal(TestRules.EndOfDay(2026, 3, 12), regulator.DueAtUtc);
        Assert.Null(regulator.Basis);   // a fixed deadline, not counted under a rule
    }

    [Fact]
    public async Task Excluded_time_extension_stages_legal_flag_and_day_count_of_a_clock_read_back()
    {
        var id = await ComplaintInAsync(ComplaintStatus.Investigating);
        await ApplyAsync(id, new Pause(PauseReason.ExternalAppraisal, CustomerNotified: true, "送鉴定"), TestRules.Handler);
        Clock.Advance(TimeSpan.FromHours(2));
        await ApplyAsync(id, new Resume(), TestRules.Handler);   // stood still 2 h 30 min (the helper adds 30 minutes)
        await ApplyAsync(id, ComplaintBuilder.Valid(ComplaintTrigger.Extend), TestRules.Head);

        var resolve = (await ReadAsync(id)).Clocks.Single(c => c.Kind == ClockKind.Resolve);

        Assert.Equal(TimeSpan.FromMinutes(150), resolve.Excluded);
        Assert.Equal(1, resolve.ExtensionStages);
        Assert.True(resolve.Legal);
        Assert.Equal(DayCount.Natural, resolve.Basis!.Count);
        Assert.Equal(30, resolve.CalendarDays);
        Assert.Equal(TestRules.EndOfDay(2026, 4, 1) + TimeSpan.FromMinutes(150), resolve.DueAtUtc);   // 2 Mar + 30 days + the excluded time
        Assert.False((await ReadAsync(id)).Clocks.Single(c => c.Kind == ClockKind.Route).Legal);
    }

    [Fact]
    public async Task A_breached_complaint_stays_in_the_breach_list_after_a_pause_and_a_refused_extension()
    {
        var id = await ComplaintInAsync(ComplaintStatus.Investigating);
        await ApplyAsync(id, new Acknowledge(), TestRules.Agent);
        Clock.SetUtcNow(TestRules.Local(2026, 3, 18, 10));   // the decision was due 17 March
        await ApplyAsync(id, new Pause(PauseReason.ExternalAppraisal, CustomerNotified: true, "送鉴定"), TestRules.Handler);
        await Assert.ThrowsAnyAsync<DomainException>(() => ApplyAsync(id, ComplaintBuilder.Valid(ComplaintTrigger.Extend), TestRules.Head));

        var breached = await Get<IQueueQueries>().ListAsync(new QueueQuery { ClockState = ClockState.Breached }, TestRules.Supervisor, Ct);

        var row = Assert.Single(breached.Items);
        Assert.Equal(id, row.Id);
        Assert.Equal(TestRules.EndOfDay(2026, 3, 17), row.NextDueAtUtc);
        Assert.Equal(ClockState.Breached, (await ReadAsync(id)).Clocks.Single(c => c.Kind == ClockKind.Resolve).State);
    }
}

public sealed class SqliteRulesRoundTripTests : RulesRoundTripTestsBase<SqliteTestDatabase>;

public sealed class PostgresRulesRoundTripTests : RulesRoundTripTestsBase<PostgresTestDatabase>;
