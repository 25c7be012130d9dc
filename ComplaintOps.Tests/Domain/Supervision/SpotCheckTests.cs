using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Supervision;
using ComplaintOps.Tests.TestInfrastructure;

namespace ComplaintOps.Tests.Domain.Supervision;

public sealed class SpotCheckTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 3);
    private static readonly DateOnly October = new(2026, 10, 1);

    private static readonly Dictionary<Guid, string> Closed =
        Enumerable.Range(1, 12).ToDictionary(i => new Guid(i, 0, 0, new byte[8]), i => $"CP202610{i:00}-TEST");

    private static SpotCheck Drawn(int size = 4) => SpotCheck.Draw(October, 7, size, Closed, Today, TestActors.Of(StaffRole.Supervisor), Now).SpotCheck;

    private static Dictionary<SpotCheckItem, CheckAnswer> All(CheckAnswer answer) => Enum.GetValues<SpotCheckItem>().ToDictionary(i => i, _ => answer);

    [Theory]
    [InlineData(StaffRole.Handler)]
    [InlineData(StaffRole.DepartmentHead)]
    [InlineData(StaffRole.Manager)]
    [InlineData(StaffRole.Compliance)]
    [InlineData(StaffRole.FeedbackAgent)]
    public void Only_the_supervision_team_draws_a_spot_check(StaffRole role)
    {
        var refused = Assert.Throws<ForbiddenException>(() => SpotCheck.Draw(October, 7, 4, Closed, Today, TestActors.Of(role), Now));

        Assert.Equal("forbidden", refused.Code);
        Assert.Equal(4, Drawn().Cases.Count);   // positive control: the supervisor draws
    }

    [Fact]
    public void The_draw_records_month_seed_population_size_who_and_when_and_the_cases_in_draw_order()
    {
        var supervisor = TestActors.Of(StaffRole.Supervisor);
        var (check, drawn) = SpotCheck.Draw(new DateOnly(2026, 10, 17), 7, 4, Closed, Today, supervisor, Now);

        Assert.Equal((October, 7L, 12, 4, supervisor.Id, Now, 1), (check.Month, check.Seed, check.Population, check.SampleSize, check.DrawnById, check.DrawnAtUtc, check.Version));
        Assert.Equal(SpotCheckSample.Draw(Closed.Keys, 4, 7), check.Cases.Select(c => c.ComplaintId));
        Assert.Equal([1, 2, 3, 4], check.Cases.Select(c => c.Position));
        Assert.Equal(Closed[check.Cases[0].ComplaintId], check.Cases[0].Reference);
        Assert.Equal((SpotCheck.DrawnKind, supervisor.Name), (drawn.Kind, drawn.ActorName));
        Assert.Contains("seed=7", drawn.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_not_over_an_empty_month_and_a_size_beyond_the_population_are_refused()
    {
        var supervisor = TestActors.Of(StaffRole.Supervisor);

        Assert.Equal("month_not_over", Assert.Throws<DomainException>(() => SpotCheck.Draw(new DateOnly(2026, 11, 1), 7, 4, Closed, Today, supervisor, Now)).Code);
        Assert.Equal("empty_population", Assert.Throws<DomainException>(() => SpotCheck.Draw(October, 7, 4, new Dictionary<Guid, string>(), Today, supervisor, Now)).Code);
        Assert.Equal("invalid_sample_size", Assert.Throws<DomainException>(() => SpotCheck.Draw(October, 7, 13, Closed, Today, supervisor, Now)).Code);
    }

    [Fact]
    public void The_pass_rate_is_passed_over_checked_and_a_failure_needs_a_finding()
    {
        var supervisor = TestActors.Of(StaffRole.Supervisor);
        var check = Drawn();
        Assert.Null(check.PassRate);

        check.Record(check.Cases[0].Id, All(CheckAnswer.Yes), null, supervisor, Now);
        var failed = All(CheckAnswer.Yes);
        failed[SpotCheckItem.DecisionNoticeComplete] = CheckAnswer.No;
        Assert.Equal("invalid_finding", Assert.Throws<DomainException>(() => check.Record(check.Cases[1].Id, failed, " ", supervisor, Now)).Code);
        check.Record(check.Cases[1].Id, failed, "告知书未列明救济途径", supervisor, Now);
        var notApplicable = All(CheckAnswer.Yes);
        notApplicable[SpotCheckItem.CompensationAuthorizedAtTier] = CheckAnswer.NotApplicable;
        check.Record(check.Cases[2].Id, notApplicable, null, supervisor, Now);

        Assert.Equal(2 / 3d, check.PassRate);
        Assert.Equal([true, false, true, null], check.Cases.Select(c => c.Passed));
        Assert.Equal(CheckAnswer.No, check.Cases[1].Answer(SpotCheckItem.DecisionNoticeComplete));
        Assert.Equal(4, check.Version);
    }

    [Fact]
    public void An_unanswered_item_is_refused_and_changes_nothing()
    {
        var check = Drawn();
        var partial = All(CheckAnswer.Yes);
        partial.Remove(SpotCheckItem.CallbackDone);

        Assert.Equal("checklist_incomplete",
            Assert.Throws<DomainException>(() => check.Record(check.Cases[0].Id, partial, null, TestActors.Of(StaffRole.Supervisor), Now)).Code);
        Assert.Null(check.Cases[0].Passed);
        Assert.Equal(1, check.Version);
    }

    [Fact]
    public void Rework_is_asked_only_for_a_failed_case_once_and_names_the_month_in_the_complaint_note()
    {
        var supervisor = TestActors.Of(StaffRole.Supervisor);
        var check = Drawn();
        check.Record(check.Cases[0].Id, All(CheckAnswer.Yes), null, supervisor, Now);
        var failed = All(CheckAnswer.Yes);
        failed[SpotCheckItem.RecordsComplete] = CheckAnswer.No;
        check.Record(check.Cases[1].Id, failed, "缺少通话录音", supervisor, Now);

        Assert.Equal("rework_needs_failure", Assert.Throws<DomainException>(() => check.RequestRework(check.Cases[0].Id, "补录", supervisor, Now)).Code);
        var (reworked, note) = check.RequestRework(check.Cases[1].Id, "补录通话录音", supervisor, Now);
        Assert.Equal("rework_already_requested", Assert.Throws<DomainException>(() => check.RequestRework(check.Cases[1].Id, "again", supervisor, Now)).Code);

        Assert.True(check.Cases[1].ReworkRequested);
        Assert.Equal(SpotCheck.ReworkKind, reworked.Kind);
        Assert.Contains("2026-10", note, StringComparison.Ordinal);
        Assert.Contains("补录通话录音", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Completing_needs_every_case_checked_and_then_nothing_changes()
    {
        var supervisor = TestActors.Of(StaffRole.Supervisor);
        var check = Drawn(size: 2);
        check.Record(check.Cases[0].Id, All(CheckAnswer.Yes), null, supervisor, Now);
        Assert.Equal("cases_unchecked", Assert.Throws<DomainException>(() => check.Complete(supervisor, Now)).Code);

        check.Record(check.Cases[1].Id, All(CheckAnswer.Yes), null, supervisor, Now);
        check.Complete(supervisor, Now);

        Assert.Equal(SpotCheckStatus.Completed, check.Status);
        Assert.Equal("spot_check_completed",
            Assert.Throws<DomainException>(() => check.Record(check.Cases[0].Id, All(CheckAnswer.Yes), null, supervisor, Now)).Code);
    }

    [Fact]
    public void A_manager_cannot_record_a_checklist()
    {
        var check = Drawn();

        Assert.Throws<ForbiddenException>(() => check.Record(check.Cases[0].Id, All(CheckAnswer.Yes), null, TestActors.Of(StaffRole.Manager), Now));
        Assert.Null(check.Cases[0].Passed);
    }
}
