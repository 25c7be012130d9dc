using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Supervision;
using ComplaintOps.Data.Features.Supervision;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;

namespace ComplaintOps.Tests.Data.Supervision;

/// <summary>The monthly spot check on a real database: the sample, the checklist, the rework note on the complaint, versions and permissions.</summary>
public abstract class SpotCheckStoreTestsBase<TDatabase>() : IntegrationTest(new TDatabase())
    where TDatabase : TestDatabase, new()
{
    private static readonly DateOnly March = new(2026, 3, 1);

    private ISpotChecks SpotChecks => Get<ISpotChecks>();

    private static Actor Supervisor => TestActors.Of(StaffRole.Supervisor);

    /// <summary>Twelve complaints closed in March 2026 and one still open; then the clock moves into April so March is over.</summary>
    private async Task<HashSet<Guid>> MarchAsync()
    {
        var closed = new HashSet<Guid>();
        for (var i = 0; i < 12; i++)
        {
            closed.Add(await ComplaintInAsync(ComplaintStatus.Closed));
            Clock.Advance(TimeSpan.FromHours(1));
        }

        await ComplaintInAsync(ComplaintStatus.Investigating);
        Clock.Advance(TimeSpan.FromDays(31));
        return closed;
    }

    private static Dictionary<SpotCheckItem, CheckAnswer> All(CheckAnswer answer) => Enum.GetValues<SpotCheckItem>().ToDictionary(i => i, _ => answer);

    [Fact]
    public async Task The_same_month_and_seed_draw_the_same_sample_and_another_seed_another()
    {
        var closed = await MarchAsync();

        var drawn = await SpotChecks.DrawAsync(March, 11, 5, Supervisor, Ct);
        var again = await SpotChecks.PreviewAsync(March, 11, 5, Supervisor, Ct);
        var other = await SpotChecks.PreviewAsync(March, 12, 5, Supervisor, Ct);

        var sample = drawn.Cases.Select(c => c.ComplaintId).ToList();
        Assert.Equal((12, 5, 11L), (drawn.Summary.Population, drawn.Summary.SampleSize, drawn.Summary.Seed));
        Assert.Equal(5, sample.Distinct().Count());
        Assert.Subset(closed, sample.ToHashSet());
        Assert.Equal(sample, again.Sample);
        Assert.NotEqual(sample, other.Sample);
        Assert.Equal(SpotCheckSample.Draw(closed, 5, 11), sample);   // the documented algorithm over the month's closed complaints
        Assert.Equal(SpotCheckSample.SizeFor(12), (await SpotChecks.PreviewAsync(March, 11, null, Supervisor, Ct)).SampleSize);
    }

    [Fact]
    public async Task A_month_has_one_spot_check()
    {
        await MarchAsync();
        await SpotChecks.DrawAsync(March, 11, 5, Supervisor, Ct);

        var refused = await Assert.ThrowsAsync<DomainException>(() => SpotChecks.DrawAsync(March, 99, 5, Supervisor, Ct));

        Assert.Equal("spot_check_exists", refused.Code);
        Assert.Single(await SpotChecks.ListAsync(Supervisor, Ct));
    }

    [Fact]
    public async Task Checklist_finding_and_rework_are_stored_with_who_and_the_rework_is_noted_on_the_complaint()
    {
        await MarchAsync();
        var drawn = await SpotChecks.DrawAsync(March, 11, 3, Supervisor, Ct);
        var failed = All(CheckAnswer.Yes);
        failed[SpotCheckItem.EvidenceSufficient] = CheckAnswer.No;

        var passed = await SpotChecks.RecordAsync(drawn.Summary.Id, 1, drawn.Cases[0].Id, All(CheckAnswer.Yes), null, Supervisor, Ct);
        var recorded = await SpotChecks.RecordAsync(drawn.Summary.Id, passed.Summary.Version, drawn.Cases[1].Id, failed, "缺少交易流水核对", Supervisor, Ct);
        var reworked = await SpotChecks.RequestReworkAsync(drawn.Summary.Id, recorded.Summary.Version, drawn.Cases[1].Id, "补充交易流水核对记录", Supervisor, Ct);

        var stored = await SpotChecks.GetAsync(drawn.Summary.Id, Supervisor, Ct);
        Assert.NotNull(stored);
        Assert.Equal(4, stored.Summary.Version);
        Assert.Equal((2, 1, 0.5), (stored.Summary.Checked, stored.Summary.Passed, stored.Summary.PassRate!.Value));
        var failedCase = stored.Cases[1];
        Assert.Equal((false, true, "缺少交易流水核对", "补充交易流水核对记录", Supervisor.Name),
            (failedCase.Passed, failedCase.ReworkRequested, failedCase.Finding, failedCase.ReworkNote, failedCase.CheckedByName));
        Assert.Equal(CheckAnswer.No, failedCase.Answers[SpotCheckItem.EvidenceSufficient]);
        Assert.Equal([SpotCheck.DrawnKind, SpotCheck.CheckedKind, SpotCheck.CheckedKind, SpotCheck.ReworkKind], stored.History.Select(e => e.Kind));
        Assert.All(stored.History, e => Assert.Equal(Supervisor.Name, e.ActorName));
        Assert.Equal(reworked.Summary, stored.Summary);

        var complaint = await RunAs(StaffRole.Supervisor).GetAsync(failedCase.ComplaintId);
        var note = Assert.Single(complaint!.Timeline, e => e.Kind == nameof(ComplaintTrigger.AddNote));
        Assert.Contains("补充交易流水核对记录", note.Reason, StringComparison.Ordinal);
        Assert.Contains("2026-03", note.Reason, StringComparison.Ordinal);
        Assert.Equal(ComplaintStatus.Closed, complaint.Status);   // a note, not a reopening
        Assert.True(complaint.HistoryIntact);
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_changes_nothing()
    {
        await MarchAsync();
        var drawn = await SpotChecks.DrawAsync(March, 11, 3, Supervisor, Ct);
        await SpotChecks.RecordAsync(drawn.Summary.Id, 1, drawn.Cases[0].Id, All(CheckAnswer.Yes), null, Supervisor, Ct);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            SpotChecks.RecordAsync(drawn.Summary.Id, 1, drawn.Cases[1].Id, All(CheckAnswer.Yes), null, Supervisor, Ct));

        Assert.Equal("concurrency_conflict", refused.Code);
        var stored = await SpotChecks.GetAsync(drawn.Summary.Id, Supervisor, Ct);
        Assert.Equal((2, 1), (stored!.Summary.Version, stored.Summary.Checked));
    }

    [Theory]
    [InlineData(StaffRole.Handler)]
    [InlineData(StaffRole.Manager)]
    [InlineData(StaffRole.Compliance)]
    public async Task Only_the_supervision_team_spot_checks(StaffRole role)
    {
        await MarchAsync();
        var someone = TestActors.Of(role);

        await Assert.ThrowsAsync<ForbiddenException>(() => SpotChecks.DrawAsync(March, 11, 3, someone, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => SpotChecks.ListAsync(someone, Ct));
        Assert.Empty(await SpotChecks.ListAsync(Supervisor, Ct));
        Assert.Equal(3, (await SpotChecks.DrawAsync(March, 11, 3, Supervisor, Ct)).Cases.Count);   // positive control
    }
}

public sealed class SqliteSpotCheckStoreTests : SpotCheckStoreTestsBase<SqliteTestDatabase>;

public sealed class PostgresSpotCheckStoreTests : SpotCheckStoreTestsBase<PostgresTestDatabase>;
