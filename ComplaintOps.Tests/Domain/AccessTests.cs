using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;

namespace ComplaintOps.Tests.Domain;

/// <summary>Who may act on which complaint: permissions per activity, department scope, and the handler's own cases.</summary>
public sealed class AccessTests
{
    private static readonly HandlingRules Rules = TestRules.Bank2012;
    private static readonly Actor OtherHandler = new("HCARDS2", "陈静", StaffRole.Handler, "CARDS");
    private static readonly Actor LoansHandler = new("HLOANS1", "黄磊", StaffRole.Handler, "LOANS");
    private static readonly Actor LoansHead = new("HLOANS0", "李主任", StaffRole.DepartmentHead, "LOANS");

    [Fact]
    public void An_intake_agent_cannot_propose_a_resolution()
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Investigating);

        var ex = Assert.Throws<ForbiddenException>(() =>
            c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.ProposeResolution), TestRules.Agent, c.UpdatedAtUtc.AddHours(1), Rules));

        Assert.Equal(Permission.HandleComplaint, ex.Missing);
        Assert.Equal(ComplaintStatus.Investigating, c.Status);
    }

    [Fact]
    public void A_handler_acts_only_on_complaints_assigned_to_them_in_their_department()
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Investigating);   // assigned to HCARDS1 in CARDS
        var at = c.UpdatedAtUtc.AddHours(1);
        var version = c.Version;

        Assert.Equal("not_assigned_to_you", Assert.Throws<ForbiddenException>(() =>
            c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.ProposeResolution), OtherHandler, at, Rules)).Code);
        Assert.Equal("out_of_scope", Assert.Throws<ForbiddenException>(() =>
            c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.ProposeResolution), LoansHandler, at, Rules)).Code);
        Assert.Equal(version, c.Version);

        c.Apply(ComplaintBuilder.Valid(ComplaintTrigger.ProposeResolution), TestRules.Handler, at, Rules);
        Assert.Equal(ComplaintStatus.ResolutionProposed, c.Status);
    }

    [Fact]
    public void A_department_head_routes_only_within_their_department()
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Assigned);   // CARDS
        var reroute = new Reassign("LOANS", "HLOANS1", "黄磊");

        Assert.Equal("out_of_scope", Assert.Throws<ForbiddenException>(() => c.Apply(reroute, TestRules.Head, c.UpdatedAtUtc.AddHours(1), Rules)).Code);
        Assert.Equal("out_of_scope", Assert.Throws<ForbiddenException>(() => c.Apply(reroute, LoansHead, c.UpdatedAtUtc.AddHours(1), Rules)).Code);

        // Intake routes anywhere (it holds AllDepartments).
        c.Apply(reroute, TestRules.Agent, c.UpdatedAtUtc.AddHours(1), Rules);
        Assert.Equal("LOANS", c.Department);
    }

    [Fact]
    public void Available_triggers_are_only_those_the_viewer_may_fire()
    {
        var c = new ComplaintBuilder().In(ComplaintStatus.Investigating);

        var handler = c.AvailableTriggers(TestRules.Handler, Rules, TestRules.Local(2026, 3, 3, 9));
        Assert.Contains(ComplaintTrigger.ProposeResolution, handler);
        Assert.DoesNotContain(ComplaintTrigger.Reassign, handler);

        Assert.DoesNotContain(ComplaintTrigger.ProposeResolution, c.AvailableTriggers(TestRules.Agent, Rules, TestRules.Local(2026, 3, 3, 9)));
        Assert.Empty(c.AvailableTriggers(TestRules.Auditor, Rules, TestRules.Local(2026, 3, 3, 9)));
        Assert.Empty(c.AvailableTriggers(LoansHandler, Rules, TestRules.Local(2026, 3, 3, 9)));
        Assert.DoesNotContain(c.AvailableTriggers(OtherHandler, Rules, TestRules.Local(2026, 3, 3, 9)), t => TriggerPermissions.For(t) == Permission.HandleComplaint);
    }

    [Fact]
    public void Authorize_is_offered_only_to_someone_whose_tier_covers_the_amount()
    {
        var big = new ComplaintBuilder().WithCompensation(50_000m).In(ComplaintStatus.ResolutionProposed);

        Assert.DoesNotContain(ComplaintTrigger.AuthorizeCompensation, big.AvailableTriggers(TestRules.Head, Rules, TestRules.Local(2026, 3, 3, 9)));
        Assert.Contains(ComplaintTrigger.AuthorizeCompensation, big.AvailableTriggers(TestRules.Supervisor, Rules, TestRules.Local(2026, 3, 3, 9)));
    }

    [Fact]
    public void Viewing_follows_the_department_unless_the_viewer_sees_all()
    {
        Assert.True(ComplaintAccess.CanView(TestRules.Handler, "CARDS", null));
        Assert.False(ComplaintAccess.CanView(LoansHandler, "CARDS", "HCARDS1"));
        Assert.True(ComplaintAccess.CanView(TestRules.Supervisor, "CARDS", null));
        Assert.True(ComplaintAccess.CanView(TestRules.Auditor, null, null));
        var nobody = new Actor("Z1", "无权限", StaffRole.Handler, "CARDS", new HashSet<Permission>());
        Assert.False(ComplaintAccess.CanView(nobody, "CARDS", null));
    }
}
