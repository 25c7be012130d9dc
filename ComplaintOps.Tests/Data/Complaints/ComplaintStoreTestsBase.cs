using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Data.Complaints;

/// <summary>The complaint use cases on a real database; each provider supplies only its database (efcore spec-test shape).</summary>
public abstract class ComplaintStoreTestsBase<TDatabase>() : IntegrationTest(new TDatabase())   // a fresh database per test
    where TDatabase : TestDatabase, new()
{
    private readonly RecordingPublisher _publisher = new();

    private IComplaintCommands Commands => Get<IComplaintCommands>();

    private IComplaintQueries Queries => Get<IComplaintQueries>();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IDomainEventPublisher>(_publisher);

    [Fact]
    public async Task A_registered_complaint_reads_back_with_its_clocks_and_an_intact_history()
    {
        var result = await Commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct);

        var detail = await Queries.GetAsync(result.Id, TestRules.Supervisor, Ct);

        Assert.NotNull(detail);
        Assert.Equal(ComplaintStatus.Registered, detail.Status);
        Assert.Equal("信用卡年费被重复扣收", detail.Subject);
        Assert.Equal(["HCARDS2"], detail.NamedEmployeeIds);
        Assert.Equal(3, detail.Clocks.Count);
        // Bank2020 (the default): 15 natural days from receipt, Monday 2 March → Tuesday 17 March end of day.
        Assert.Equal(TestRules.EndOfDay(2026, 3, 17), detail.Clocks.Single(c => c.Kind == ClockKind.Resolve).DueAtUtc);
        Assert.True(detail.HistoryIntact);
        Assert.Equal(TestRules.Agent.Name, detail.FirstResponderName);
        Assert.Single(detail.Timeline);
    }

    [Fact]
    public async Task Instants_with_sub_microsecond_ticks_read_back_exactly_so_the_history_still_verifies()
    {
        Clock.SetUtcNow(TestRules.Local(2026, 3, 2, 9).AddTicks(1_234_567));   // as a real clock would stamp it
        var id = (await Commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct)).Id;
        Clock.Advance(TimeSpan.FromTicks(7_654_321));
        await Commands.ApplyAsync(id, 1, ComplaintBuilder.Valid(ComplaintTrigger.Classify), TestRules.Agent, Ct);

        var detail = await Queries.GetAsync(id, TestRules.Supervisor, Ct);

        Assert.True(detail!.HistoryIntact);
        Assert.Equal(0, detail.RegisteredAtUtc.UtcTicks % TimeSpan.TicksPerMicrosecond);
        Assert.Equal(TestRules.Local(2026, 3, 2, 9).AddTicks(1_234_560), detail.RegisteredAtUtc);
    }

    [Fact]
    public async Task Transitions_through_the_service_are_stored_as_a_chained_history()
    {
        var id = (await Commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct)).Id;
        var version = 1;
        foreach (var (action, actor) in ComplaintBuilder.PathTo(ComplaintStatus.Closed))
        {
            Clock.Advance(TimeSpan.FromHours(2));
            version = await Commands.ApplyAsync(id, version, action, actor, Ct);
        }

        var detail = await Queries.GetAsync(id, TestRules.Supervisor, Ct);

        Assert.Equal(ComplaintStatus.Closed, detail!.Status);
        Assert.Equal(10, detail.Timeline.Count);   // registered + 9 activities (the callback is its own activity now)
        Assert.True(detail.HistoryIntact);
        Assert.Equal(version, detail.Version);
        Assert.Equal(4, detail.Satisfaction);
        Assert.All(detail.Clocks.Where(c => c.Kind != ClockKind.Acknowledge), c => Assert.Equal(ClockState.Met, c.State));
        Assert.Equal(ClockState.Breached, detail.Clocks.Single(c => c.Kind == ClockKind.Acknowledge).State);   // never acknowledged
        Assert.Equal([ComplaintTrigger.Appeal, ComplaintTrigger.RequestReview, ComplaintTrigger.AddNote], detail.PermittedTriggers);   // Bank2020 offers 核查
    }

    [Fact]
    public async Task A_refused_transition_writes_nothing()
    {
        var id = (await Commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct)).Id;

        await Assert.ThrowsAsync<InvalidTransitionException>(() =>
            Commands.ApplyAsync(id, 1, new Approve(), TestRules.Supervisor, Ct));

        var detail = await Queries.GetAsync(id, TestRules.Supervisor, Ct);
        Assert.Equal(1, detail!.Version);
        Assert.Single(detail.Timeline);
    }

    [Fact]
    public async Task Two_concurrent_transitions_of_one_complaint_one_wins_the_other_gets_a_conflict_and_no_event_is_lost()
    {
        var id = (await Commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct)).Id;
        var contenders = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            try
            {
                await Commands.ApplyAsync(id, 1, new AddNote($"note {i}"), TestRules.Agent, Ct);
                return (Won: true, Error: (Exception?)null);
            }
            catch (Exception ex)
            {
                return (Won: false, Error: ex);
            }
        }, Ct)).ToList();

        var outcomes = await Task.WhenAll(contenders);

        Assert.Single(outcomes, o => o.Won);
        Assert.All(outcomes.Where(o => !o.Won), o => Assert.IsType<ConcurrencyConflictException>(o.Error));
        var detail = await Queries.GetAsync(id, TestRules.Supervisor, Ct);
        Assert.Equal(2, detail!.Version);
        Assert.Equal(2, detail.Timeline.Count);
        Assert.True(detail.HistoryIntact);
    }

    [Fact]
    public async Task Two_editors_who_read_the_same_version_cannot_both_save()
    {
        var id = (await Commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct)).Id;
        await using var first = TestServices.OpenContext(Database);
        await using var second = TestServices.OpenContext(Database);
        var a = await first.Complaints.Include(c => c.Clocks).SingleAsync(c => c.Id == id, Ct);
        var b = await second.Complaints.Include(c => c.Clocks).SingleAsync(c => c.Id == id, Ct);

        a.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Classify), TestRules.Agent, Clock.GetUtcNow(), TestRules.Bank2012);
        b.Apply(new Withdraw("撤诉"), TestRules.Agent, Clock.GetUtcNow(), TestRules.Bank2012);
        await first.SaveChangesAsync(Ct);

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => second.SaveChangesAsync(Ct));
        var detail = await Queries.GetAsync(id, TestRules.Supervisor, Ct);
        Assert.Equal(ComplaintStatus.Classified, detail!.Status);
        Assert.Equal(2, detail.Timeline.Count);
        Assert.True(detail.HistoryIntact);
    }

    [Fact]
    public async Task A_stale_version_is_refused_as_a_conflict()
    {
        var id = (await Commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct)).Id;
        await Commands.ApplyAsync(id, 1, ComplaintBuilder.Valid(ComplaintTrigger.Classify), TestRules.Agent, Ct);

        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Commands.ApplyAsync(id, 1, new Withdraw("x"), TestRules.Agent, Ct));

        Assert.Contains("version 1", ex.Message);
        Assert.Equal(ComplaintStatus.Classified, (await Queries.GetAsync(id, TestRules.Supervisor, Ct))!.Status);
    }

    [Fact]
    public async Task A_retried_registration_with_the_same_idempotency_key_creates_one_complaint()
    {
        var first = await Commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, "key-1", Ct);
        var retry = await Commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, "key-1", Ct);

        Assert.True(first.Created);
        Assert.False(retry.Created);
        Assert.Equal(first.Id, retry.Id);
        await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() =>
            Commands.RegisterAsync(ComplaintBuilder.Sample() with { Subject = "另一件事" }, TestRules.Agent, "key-1", Ct));
        Assert.Equal(1, (await Queries.ListAsync(new ComplaintListQuery(), TestRules.Supervisor, Ct)).Total);
    }

    [Fact]
    public async Task Merging_a_repeat_updates_both_complaints_in_one_unit_of_work()
    {
        var original = await Commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct);
        Clock.Advance(TimeSpan.FromDays(7));
        var repeat = await Commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct);

        await Commands.MergeAsync(repeat.Id, repeat.Version, original.Id, hasNewFacts: true, TestRules.Agent, Ct);

        var merged = await Queries.GetAsync(repeat.Id, TestRules.Supervisor, Ct);
        var kept = await Queries.GetAsync(original.Id, TestRules.Supervisor, Ct);
        Assert.Equal(ComplaintStatus.Merged, merged!.Status);
        Assert.Equal(original.Id, merged.MergedIntoId);
        Assert.Equal(1, kept!.RepeatCount);
        Assert.Equal(2, kept.Clocks.Count(c => c.Kind == ClockKind.Resolve));
        var restarted = kept.Clocks.Single(c => c.Kind == ClockKind.Resolve && c.State != ClockState.Stopped);
        Assert.Equal(TestRules.EndOfDay(2026, 3, 24), restarted.DueAtUtc);   // 15 natural days (Bank2020) from the new facts on 9 March
    }

    [Fact]
    public async Task Domain_events_are_published_after_the_commit_and_never_for_a_failed_save()
    {
        var id = (await Commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct)).Id;
        Assert.Single(_publisher.Published.OfType<ComplaintChangedEvent>(), e => e.ComplaintId == id && e.Kind == ComplaintEvent.RegisteredKind);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Commands.ApplyAsync(id, 99, ComplaintBuilder.Valid(ComplaintTrigger.Classify), TestRules.Agent, Ct));
        await using (var first = TestServices.OpenContext(Database))
        await using (var second = TestServices.OpenContext(Database))
        {
            var a = await first.Complaints.Include(c => c.Clocks).SingleAsync(c => c.Id == id, Ct);
            await Commands.ApplyAsync(id, 1, ComplaintBuilder.Valid(ComplaintTrigger.Classify), TestRules.Agent, Ct);
            a.Apply(new Withdraw("x"), TestRules.Agent, Clock.GetUtcNow(), TestRules.Bank2012);
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => first.SaveChangesAsync(Ct));
        }

        Assert.Equal([ComplaintEvent.RegisteredKind, nameof(ComplaintTrigger.Classify)],
            _publisher.Published.OfType<ComplaintChangedEvent>().Where(e => e.ComplaintId == id).Select(e => e.Kind));
    }

    [Fact]
    public async Task The_list_filters_sorts_and_pages_on_the_server()
    {
        for (var i = 0; i < 12; i++)
        {
            Clock.Advance(TimeSpan.FromMinutes(10));
            var r = await Commands.RegisterAsync(ComplaintBuilder.Sample() with { Subject = $"投诉 {i:00}" }, TestRules.Agent, null, Ct);
            if (i % 3 == 0)
            {
                await Commands.ApplyAsync(r.Id, 1, ComplaintBuilder.Valid(ComplaintTrigger.Classify), TestRules.Agent, Ct);
            }
        }

        var page = await Queries.ListAsync(new ComplaintListQuery { Take = 5, Skip = 5 }, TestRules.Supervisor, Ct);
        var classified = await Queries.ListAsync(new ComplaintListQuery { Statuses = [ComplaintStatus.Classified], Sort = ComplaintSort.Oldest }, TestRules.Supervisor, Ct);
        var text = await Queries.ListAsync(new ComplaintListQuery { Text = "投诉 07" }, TestRules.Supervisor, Ct);
        var due = await Queries.ListAsync(new ComplaintListQuery { Sort = ComplaintSort.DueSoonest, Take = 12 }, TestRules.Supervisor, Ct);

        Assert.Equal(12, page.Total);
        Assert.Equal(["投诉 06", "投诉 05", "投诉 04", "投诉 03", "投诉 02"], page.Items.Select(r => r.Subject));
        Assert.Equal(["投诉 00", "投诉 03", "投诉 06", "投诉 09"], classified.Items.Select(r => r.Subject));
        Assert.Equal("投诉 07", Assert.Single(text.Items).Subject);
        Assert.Equal(due.Items.Select(r => r.NextDueAtUtc).Order(), due.Items.Select(r => r.NextDueAtUtc));
    }

    [Theory]
    [InlineData("1234567890.12")]
    [InlineData("0.01")]
    [InlineData("1000000000000")]
    [InlineData("999999999999.99")]
    public async Task Money_reads_back_exactly(string amount)
    {
        var expected = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        var id = (await Commands.RegisterAsync(ComplaintBuilder.Sample() with { DisputedAmount = expected }, TestRules.Agent, null, Ct)).Id;

        var detail = await Queries.GetAsync(id, TestRules.Supervisor, Ct);

        Assert.Equal(expected, detail!.DisputedAmount);
        Assert.True(detail.HistoryIntact);
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("1000000000000.01")]
    [InlineData("0.001")]
    [InlineData("-1")]
    public async Task Money_outside_the_range_never_reaches_the_database(string amount)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        var ex = await Assert.ThrowsAsync<ValidationException>(() =>
            Commands.RegisterAsync(ComplaintBuilder.Sample() with { DisputedAmount = value }, TestRules.Agent, null, Ct));

        Assert.Contains("disputedAmount", ex.Errors.Keys);
        Assert.Equal(0, (await Queries.ListAsync(new ComplaintListQuery { Take = 1 }, TestRules.Supervisor, Ct)).Total);
    }
}

public sealed class SqliteComplaintStoreTests : ComplaintStoreTestsBase<SqliteTestDatabase>;

public sealed class PostgresComplaintStoreTests : ComplaintStoreTestsBase<PostgresTestDatabase>;
