using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;

namespace ComplaintOps.Tests.Domain.Rules;

/// <summary>
/// A complaint the regulator transferred (2012 notice item 10): the regulator's deadline and reference come with it, and
/// its clock is met by reporting the result back, not by the internal approval. The case cannot close with the report owed.
/// </summary>
public sealed class RegulatorTransferTests
{
    private static readonly HandlingRules Rules = TestRules.Bank2020;

    private static ComplaintBuilder Transferred(DateOnly? deadline = null, string? reference = "沪金管转〔2026〕58号") => new ComplaintBuilder()
        .At(TestRules.Local(2026, 3, 2, 9))
        .With(d => d with
        {
            Channel = Channel.Regulator, RegulatorDeadline = deadline ?? new DateOnly(2026, 3, 12), RegulatorName = "国家金融监督管理总局上海监管局",
            RegulatorReference = reference,
        });

    private static ComplaintClock Regulator(Complaint c) => c.Clocks.Single(k => k.Kind == ClockKind.Regulator);

    private static readonly ReportToRegulator Report = new(RegulatorReportKind.TransferResult, "已退还重复扣收年费600元并致歉，客户表示认可", "沪金管回执 2026-0312-01");

    [Fact]
    public void A_deadline_already_past_at_registration_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => Transferred(new DateOnly(2026, 3, 1)).Build());   // registered 2 March

        Assert.Equal("invalid_regulatorDeadline", ex.Code);
        Assert.Equal(TestRules.EndOfDay(2026, 3, 2), Regulator(Transferred(new DateOnly(2026, 3, 2)).Build()).DueAtUtc);   // today is still in time
    }

    [Fact]
    public void A_deadline_without_the_regulators_reference_is_refused()
    {
        Assert.Equal("invalid_regulatorReference", Assert.Throws<DomainException>(() => Transferred(reference: null).Build()).Code);
        Assert.Equal("invalid_regulatorReference", Assert.Throws<DomainException>(() => Transferred(reference: "  ").Build()).Code);
        Assert.Equal("沪金管转〔2026〕58号", Transferred().Build().RegulatorReference);
    }

    [Fact]
    public void Approving_the_result_meets_the_decision_clock_but_not_the_regulators()
    {
        var c = Transferred().In(ComplaintStatus.Resolved);

        Assert.NotNull(c.Clocks.Single(k => k.Kind == ClockKind.Resolve).MetAtUtc);
        Assert.True(Regulator(c).IsRunning);
        Assert.Null(Regulator(c).MetAtUtc);
        Assert.Equal(ClockState.Breached, Regulator(c).StateAt(TestRules.Local(2026, 3, 13, 9), 0.8));   // 12 March passed without a report
    }

    [Fact]
    public void Reporting_the_transfer_result_meets_the_regulator_clock_and_keeps_what_was_sent()
    {
        var c = Transferred().In(ComplaintStatus.Resolved);
        var at = TestRules.Local(2026, 3, 3, 10);

        c.Apply(Report, TestRules.Compliance, at, Rules);

        Assert.Equal(at, Regulator(c).MetAtUtc);
        Assert.Equal(ClockState.Met, Regulator(c).StateAt(TestRules.Local(2026, 4, 1), 0.8));
        Assert.Equal("已退还重复扣收年费600元并致歉，客户表示认可", c.RegulatorReport);
        Assert.Equal(at, c.RegulatorReportedAtUtc);
        Assert.Contains("沪金管回执 2026-0312-01", c.Events[^1].Details);
        Assert.Equal(ComplaintStatus.Resolved, c.Status);
    }

    [Fact]
    public void A_result_cannot_be_reported_before_it_is_approved()
    {
        var c = Transferred().In(ComplaintStatus.Investigating);

        Assert.Equal("no_result_yet", Assert.Throws<DomainException>(() => c.Apply(Report, TestRules.Compliance, TestRules.Local(2026, 3, 3), Rules)).Code);
        Assert.True(Regulator(c).IsRunning);
    }

    [Fact]
    public void Closing_is_refused_while_the_report_is_pending()
    {
        var c = Transferred().In(ComplaintStatus.FeedbackGiven);
        c.Apply(new RecordCallback(4), TestRules.FeedbackAgent, TestRules.Local(2026, 3, 3, 10), Rules);
        var version = c.Version;

        Assert.DoesNotContain(ComplaintTrigger.Close, c.AvailableTriggers(TestRules.AllPowers, Rules, TestRules.Local(2026, 3, 3, 11)));
        var ex = Assert.Throws<DomainException>(() => c.Apply(new Close(), TestRules.FeedbackAgent, TestRules.Local(2026, 3, 3, 11), Rules));
        Assert.Equal("report_pending", ex.Code);
        Assert.Equal(version, c.Version);

        c.Apply(Report, TestRules.Supervisor, TestRules.Local(2026, 3, 3, 12), Rules);
        c.Apply(new Close(), TestRules.FeedbackAgent, TestRules.Local(2026, 3, 3, 13), Rules);
        Assert.Equal(ComplaintStatus.Closed, c.Status);
    }

    [Fact]
    public void An_appeal_before_the_report_does_not_discharge_it()
    {
        var c = Transferred().In(ComplaintStatus.FeedbackGiven);

        c.Apply(new Appeal("客户不认可处理结果"), TestRules.Agent, TestRules.Local(2026, 3, 3, 10), Rules);

        Assert.True(Regulator(c).IsRunning);   // the new round still owes the regulator its result
        Assert.Contains(ComplaintTrigger.ReportToRegulator, ComplaintWorkflow.PermittedTriggers(ComplaintStatus.Appealed));
        Assert.Equal("no_result_yet", Assert.Throws<DomainException>(() =>
            c.Apply(Report, TestRules.Compliance, TestRules.Local(2026, 3, 3, 11), Rules)).Code);   // until the new round's result is approved
    }
}
