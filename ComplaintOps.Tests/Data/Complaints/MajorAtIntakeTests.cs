using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;

namespace ComplaintOps.Tests.Data.Complaints;

/// <summary>
/// Art. 29 applied at registration: the profile's major rule flags the complaint, raises its severity and starts the
/// report clock in the same registration. (Pure domain; kept beside the intake tests while Tests/Domain is rewritten.)
/// </summary>
public sealed class MajorAtIntakeTests
{
    private static readonly DateTimeOffset Now = TestRules.Local(2026, 3, 2, 9);

    private static Complaint Register(NewComplaint data, HandlingRules? rules = null) =>
        Complaint.Register(data, TestRules.Agent, Now, rules ?? TestRules.Bank2020);

    private static NewComplaint WithJoint(int count) => ComplaintBuilder.Sample() with
    {
        JointComplainants = [.. Enumerable.Range(1, count).Select(i => new JointComplainant($"投诉人{i}", "1390000" + i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)))],
    };

    private static HandlingRules WithThreshold(decimal threshold) => TestRules.Bank2020 with
    {
        Policy = TestRules.Bank2020.Policy with { Major = TestRules.Bank2020.Policy.Major! with { AmountThreshold = threshold } },
    };

    [Fact]
    public void Nineteen_complainants_are_not_major_twenty_are()
    {
        var nineteen = Register(WithJoint(18));   // the main complainant + 18
        var twenty = Register(WithJoint(19));

        Assert.Equal(19, nineteen.ComplainantCount);
        Assert.False(nineteen.IsMajor);
        Assert.Null(nineteen.Severity);
        Assert.DoesNotContain(nineteen.Clocks, c => c.Kind == ClockKind.MajorReport);

        Assert.Equal(20, twenty.ComplainantCount);
        Assert.True(twenty.IsMajor);
        Assert.Equal(MajorReason.JointComplainants, twenty.MajorReason);
        Assert.Equal(Severity.Major, twenty.Severity);
        Assert.Contains(twenty.Clocks, c => c.Kind == ClockKind.MajorReport && c.IsRunning);
        Assert.Equal("JointComplainants", twenty.Events.Single().ReadDetails()!["major"]);
        Assert.Equal("20", twenty.Events.Single().ReadDetails()!["complainants"]);
        Assert.Equal(20, twenty.Parties.Count(p => p.Role == PartyRole.Complainant) + 1);
    }

    [Theory]
    [InlineData(499_999.99, false)]
    [InlineData(500_000, true)]
    [InlineData(2_000_000, true)]
    public void An_amount_at_or_above_the_configured_threshold_is_major(double amount, bool major)
    {
        var complaint = Register(ComplaintBuilder.Sample() with { DisputedAmount = (decimal)amount }, WithThreshold(500_000m));

        Assert.Equal(major, complaint.IsMajor);
        Assert.Equal(major ? MajorReason.Amount : null, complaint.MajorReason);
    }

    [Fact]
    public void Without_a_configured_threshold_no_amount_is_major() =>
        Assert.False(Register(ComplaintBuilder.Sample() with { DisputedAmount = 999_999_999m }).IsMajor);

    [Fact]
    public void A_disaster_or_accident_is_major_and_named_first_among_several_reasons()
    {
        var complaint = Register(WithJoint(25) with { CausedByDisasterOrAccident = true, DisputedAmount = 600_000m }, WithThreshold(500_000m));

        Assert.True(complaint.IsMajor);
        Assert.Equal(MajorReason.DisasterOrAccident, complaint.MajorReason);
        Assert.Equal("DisasterOrAccident,JointComplainants,Amount", complaint.Events.Single().ReadDetails()!["major"]);
    }

    [Fact]
    public void The_report_clock_counts_from_receipt_like_every_other_clock()
    {
        var received = Now.AddDays(-2);
        var complaint = Register(ComplaintBuilder.Sample() with { CausedByDisasterOrAccident = true, ReceivedAt = received });

        Assert.Equal(received, complaint.Clocks.Single(c => c.Kind == ClockKind.MajorReport).StartedAtUtc);
    }

    [Fact]
    public void A_profile_without_a_major_rule_never_flags()
    {
        var complaint = Register(WithJoint(30) with { CausedByDisasterOrAccident = true, DisputedAmount = 999_999_999m }, TestRules.Bank2012);

        Assert.False(complaint.IsMajor);
        Assert.Null(complaint.MajorReason);
        Assert.DoesNotContain(complaint.Clocks, c => c.Kind == ClockKind.MajorReport);
        Assert.False(complaint.Events.Single().ReadDetails()!.ContainsKey("major"));
        Assert.Equal(31, complaint.ComplainantCount);   // still recorded
    }

    [Fact]
    public void An_agent_without_a_recorded_authorisation_is_refused()
    {
        var unsigned = ComplaintBuilder.Sample() with { Agent = new ComplaintAgent("李律师", "13900000000", "律师", "WT-2026-001", null) };
        var future = ComplaintBuilder.Sample() with { Agent = new ComplaintAgent("李律师", "13900000000", "律师", "WT-2026-001", new DateOnly(2026, 3, 3)) };
        var signed = ComplaintBuilder.Sample() with { Agent = new ComplaintAgent("李律师", "13900000000", "律师", "WT-2026-001", new DateOnly(2026, 3, 1)) };

        Assert.Equal("agent_not_authorized", Assert.ThrowsAny<ComplaintOps.Data.Domain.Common.DomainException>(() => Register(unsigned)).Code);
        Assert.Equal("agent_not_authorized", Assert.ThrowsAny<ComplaintOps.Data.Domain.Common.DomainException>(() => Register(future)).Code);
        var agent = Assert.Single(Register(signed).Parties);
        Assert.Equal(PartyRole.Agent, agent.Role);
        Assert.Equal(new DateOnly(2026, 3, 1), agent.AuthorizedOn);
    }
}
