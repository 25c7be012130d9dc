using Bunit;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Complaints;

namespace ComplaintOps.Tests.Web.Components;

/// <summary>
/// Issue #8, buttons: the detail page offers each role exactly the triggers that role's actor may fire on the complaint —
/// the real domain's <see cref="Complaint.AvailableTriggers"/> for that actor (permission, scope, state), nothing added or hidden.
/// </summary>
public sealed class TriggerButtonsByRoleTests : ComplaintOpsBunitContext
{
    private static readonly ComplaintStatus[] States =
        [ComplaintStatus.Registered, ComplaintStatus.Assigned, ComplaintStatus.Investigating, ComplaintStatus.ResolutionProposed,
         ComplaintStatus.UnderReview, ComplaintStatus.FeedbackGiven, ComplaintStatus.Closed];

    public static TheoryData<StaffRole, ComplaintStatus> RolesAndStates()
    {
        var data = new TheoryData<StaffRole, ComplaintStatus>();
        foreach (var role in TestActors.Roles)
        {
            foreach (var state in States)
            {
                data.Add(role, state);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RolesAndStates))]
    public void Each_role_sees_a_button_for_exactly_the_triggers_it_may_fire(StaffRole role, ComplaintStatus status)
    {
        var actor = RunAs(role);
        var complaint = new ComplaintBuilder().WithCompensation(5_000m).In(status);   // CARDS, handled by HCARDS1; big enough to need a head

        var shown = ButtonsFor(actor, complaint);

        var mayFire = complaint.AvailableTriggers(actor, TestRules.Bank2012, complaint.UpdatedAtUtc).Where(t => t != ComplaintTrigger.RecordRepeat).ToList();
        Assert.Equal(mayFire, shown);
    }

    /// <summary>Hand-written facts (not computed), so the table above is not only the domain agreeing with itself.</summary>
    public static TheoryData<string, ComplaintStatus, ComplaintTrigger, bool> KeyFacts() => new()
    {
        { "HCARDS1", ComplaintStatus.Investigating, ComplaintTrigger.ProposeResolution, true },   // the assigned handler
        { "HCARDS1", ComplaintStatus.Investigating, ComplaintTrigger.Withdraw, false },           // only for customer-request roles
        { "HLOANS1", ComplaintStatus.Investigating, ComplaintTrigger.ProposeResolution, false },  // another department's handler
        { "A001", ComplaintStatus.Investigating, ComplaintTrigger.ProposeResolution, false },     // an intake agent cannot propose
        { "A001", ComplaintStatus.Registered, ComplaintTrigger.Classify, true },
        { "S001", ComplaintStatus.Investigating, ComplaintTrigger.Withdraw, true },
        { "S001", ComplaintStatus.UnderReview, ComplaintTrigger.Approve, true },
        { "HCARDS0", ComplaintStatus.UnderReview, ComplaintTrigger.Approve, false },              // heads do not review resolutions
        { "U001", ComplaintStatus.Investigating, ComplaintTrigger.AddNote, false },               // auditors only read
        { "M001", ComplaintStatus.Registered, ComplaintTrigger.Classify, false },
        { "F001", ComplaintStatus.FeedbackGiven, ComplaintTrigger.RecordCallback, true },
        { "F001", ComplaintStatus.FeedbackGiven, ComplaintTrigger.Close, false },                 // the callback comes first
    };

    [Theory]
    [MemberData(nameof(KeyFacts))]
    public void Key_facts_about_buttons(string staffId, ComplaintStatus status, ComplaintTrigger trigger, bool shown)
    {
        var viewer = TestActors.Staff(staffId);
        RunAs(viewer);

        var buttons = ButtonsFor(viewer, new ComplaintBuilder().In(status));

        Assert.Equal(shown, buttons.Contains(trigger));
    }

    /// <summary>Renders the page with the detail the real query would give <paramref name="viewer"/>; returns the trigger buttons.</summary>
    private List<ComplaintTrigger> ButtonsFor(Actor viewer, Complaint complaint)
    {
        var detail = ComplaintDetailBuilder.Detail(complaint.Status, permitted: complaint.AvailableTriggers(viewer, TestRules.Bank2012, complaint.UpdatedAtUtc));
        Queries.Add(detail);
        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, detail.Id));
        return cut.FindAll("button[data-testid^=trigger-]")
            .Select(b => Enum.Parse<ComplaintTrigger>(b.GetAttribute("data-testid")!["trigger-".Length..])).ToList();
    }
}
