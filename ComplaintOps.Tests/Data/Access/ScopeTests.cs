using System.Net;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;

namespace ComplaintOps.Tests.Data.Access;

/// <summary>
/// Issue #8, scope: a LOANS complaint is out of reach of a CARDS handler through every door — the query service, the
/// command service, the detail page and the list; and permissions hold within scope (intake cannot propose, a head
/// cannot authorize another department's compensation). Each refusal has a positive control so the test can fail.
/// </summary>
public sealed class ScopeTests : IntegrationTest
{
    private const string Marker = "贷款提前还款违约金争议 LOANS-SCOPE-7731";

    /// <summary>A LOANS complaint handled by HLOANS1, in <paramref name="status"/> (Investigating or ResolutionProposed).</summary>
    private async Task<Guid> LoansComplaintAsync(ComplaintStatus status = ComplaintStatus.Investigating, decimal compensation = 300m)
    {
        var intake = RunAs(StaffRole.IntakeAgent);
        var id = (await intake.RegisterAsync(ComplaintBuilder.Sample() with { Subject = Marker, NamedEmployeeIds = [] })).Id;
        await intake.FireAsync(id, ComplaintTrigger.Classify, _ => new Classify("LOAN", Severity.Medium));
        await intake.FireAsync(id, ComplaintTrigger.Assign, _ => new Assign("LOANS", "HLOANS1", "贷款经办"));
        var loansHandler = RunAs(TestActors.Staff("HLOANS1"));
        await loansHandler.FireAsync(id, ComplaintTrigger.StartInvestigation);
        if (status == ComplaintStatus.ResolutionProposed)
        {
            await loansHandler.FireAsync(id, ComplaintTrigger.ProposeResolution, a => ((ProposeResolution)a) with { CompensationAmount = compensation });
        }

        return id;
    }

    [Fact]
    public async Task A_cards_handler_cannot_read_a_loans_complaint_through_the_services()
    {
        var id = await LoansComplaintAsync();
        var handler = RunAs(StaffRole.Handler);

        Assert.Equal("CARDS", handler.Actor.Department);
        Assert.Null(await handler.GetAsync(id));
        Assert.DoesNotContain((await handler.ListAsync()).Items, r => r.Id == id);
        // Control: the LOANS handler and a supervisor do see it.
        Assert.NotNull(await RunAs(TestActors.Staff("HLOANS1")).GetAsync(id));
        Assert.Contains((await RunAs(StaffRole.Supervisor).ListAsync()).Items, r => r.Id == id);
    }

    [Fact]
    public async Task A_cards_handler_cannot_change_a_loans_complaint_and_nothing_is_written()
    {
        var id = await LoansComplaintAsync();
        var supervisor = RunAs(StaffRole.Supervisor);
        var before = (await supervisor.GetAsync(id))!;
        var handler = RunAs(StaffRole.Handler);

        foreach (var trigger in new[] { ComplaintTrigger.ProposeResolution, ComplaintTrigger.Pause, ComplaintTrigger.AddNote })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => handler.ApplyAsync(id, before.Version, ComplaintBuilder.Valid(trigger)));
        }

        var after = (await supervisor.GetAsync(id))!;
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Timeline.Count, after.Timeline.Count);
        Assert.Equal(ComplaintStatus.Investigating, after.Status);
        // Control: the same action by the LOANS handler goes through.
        Assert.Equal(before.Version + 1, await RunAs(TestActors.Staff("HLOANS1")).ApplyAsync(id, before.Version, ComplaintBuilder.Valid(ComplaintTrigger.AddNote)));
    }

    [Fact]
    public async Task A_cards_handler_sees_no_data_of_a_loans_complaint_on_its_page_or_in_the_list()
    {
        var id = await LoansComplaintAsync();
        var handler = await RunAs(StaffRole.Handler).HttpAsync();
        var supervisor = await RunAs(StaffRole.Supervisor).HttpAsync();

        var detail = await handler.GetAsync($"/complaints/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);   // the page is theirs to open; the complaint is not theirs to see
        var html = WebUtility.HtmlDecode(await detail.Content.ReadAsStringAsync(Ct));
        Assert.DoesNotContain(Marker, html, StringComparison.Ordinal);
        Assert.DoesNotContain("13800138000", html, StringComparison.Ordinal);
        // Control: the same page, prerendered for a supervisor, shows it.
        Assert.Contains(Marker, WebUtility.HtmlDecode(await (await supervisor.GetAsync($"/complaints/{id}", Ct)).Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        // The list page loads its rows over the circuit (MudDataGrid ServerData), not in the prerendered HTML: its rows are
        // the list query for the signed-in viewer, checked here with the same person.
        var search = new ComplaintListQuery { Department = "LOANS" };
        Assert.Equal(0, (await RunAs(StaffRole.Handler).ListAsync(search)).Total);
        Assert.Equal(1, (await RunAs(StaffRole.Supervisor).ListAsync(search)).Total);
    }

    [Fact]
    public async Task An_intake_agent_cannot_propose_a_resolution()
    {
        var id = await ComplaintInAsync(ComplaintStatus.Investigating);   // CARDS, HCARDS1

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => RunAs(StaffRole.IntakeAgent).FireAsync(id, ComplaintTrigger.ProposeResolution));

        Assert.Equal("forbidden", refused.Code);
        Assert.Equal(ComplaintStatus.Investigating, (await RunAs(StaffRole.Supervisor).GetAsync(id))!.Status);
        await RunAs(StaffRole.Handler).FireAsync(id, ComplaintTrigger.ProposeResolution);   // control: the assigned handler may
    }

    [Fact]
    public async Task A_head_cannot_authorize_another_departments_compensation()
    {
        var id = await LoansComplaintAsync(ComplaintStatus.ResolutionProposed, compensation: 5_000m);   // above the handler's limit

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => RunAs(StaffRole.DepartmentHead).FireAsync(id, ComplaintTrigger.AuthorizeCompensation));

        Assert.Equal("CARDS", RunAs(StaffRole.DepartmentHead).Actor.Department);
        Assert.Equal("out_of_scope", refused.Code);
        await RunAs(TestActors.Staff("HLOANS0")).FireAsync(id, ComplaintTrigger.AuthorizeCompensation);   // control: the LOANS head may
    }
}
