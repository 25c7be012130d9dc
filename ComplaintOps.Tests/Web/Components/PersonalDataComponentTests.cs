using Bunit;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.PersonalData;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Layout;
using ComplaintOps.Web.Components.Pages.Audit;
using ComplaintOps.Web.Components.Pages.Complaints;

namespace ComplaintOps.Tests.Web.Components;

/// <summary>Masked personal data on the detail page, the logged "show", and the auditors' access log page.</summary>
public sealed class PersonalDataComponentTests : ComplaintOpsBunitContext
{
    [Fact]
    public void A_viewer_with_the_permission_sees_masked_values_and_a_show_button_beside_each()
    {
        RunAs(TestRules.Handler);
        var detail = ComplaintDetailBuilder.Detail();
        Queries.Add(detail);

        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, detail.Id));

        Assert.Equal("138****8000", cut.Find("[data-testid=personal-Phone-value]").TextContent);
        Assert.Equal("张*", cut.Find("[data-testid=personal-Name-value]").TextContent);
        Assert.Equal("1101**********1234", cut.Find("[data-testid=personal-IdNumber-value]").TextContent);
        Assert.Equal("—", cut.Find("[data-testid=personal-Email-value]").TextContent);   // none: nothing to show
        var buttons = cut.FindAll("button[data-testid^=reveal-]").Select(b => b.GetAttribute("data-testid")).ToList();
        Assert.Equal(["reveal-Name", "reveal-Phone", "reveal-IdNumber", "reveal-Account"], buttons);
        Assert.Empty(PersonalData.Reveals);   // nothing is revealed until asked
    }

    [Fact]
    public void A_viewer_without_the_permission_sees_masked_values_and_no_show_button()
    {
        RunAs(TestRules.Auditor);
        var detail = ComplaintDetailBuilder.Detail();
        Queries.Add(detail);

        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, detail.Id));

        Assert.Equal("138****8000", cut.Find("[data-testid=personal-Phone-value]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid^=reveal-]"));
    }

    [Fact]
    public async Task Show_reveals_that_one_field_through_the_logged_command_and_hide_masks_it_again()
    {
        RunAs(TestRules.Handler);
        var detail = ComplaintDetailBuilder.Detail();
        Queries.Add(detail);
        PersonalData.Values[PersonalDataField.Phone] = "13800138000";
        var cut = Render<ComplaintDetailPage>(p => p.Add(x => x.Id, detail.Id));

        await cut.Find("[data-testid=reveal-Phone]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal("13800138000", cut.Find("[data-testid=personal-Phone-value]").TextContent));
        Assert.Equal([(detail.Id, PersonalDataField.Phone, TestRules.Handler.Id)], PersonalData.Reveals);
        Assert.Equal("张*", cut.Find("[data-testid=personal-Name-value]").TextContent);   // only the one field

        await cut.Find("[data-testid=hide-Phone]").ClickAsync(new());
        Assert.Equal("138****8000", cut.Find("[data-testid=personal-Phone-value]").TextContent);
    }

    [Fact]
    public void The_access_log_page_lists_the_rows_newest_first()
    {
        RunAs(TestRules.Auditor);
        var at = new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
        AccessLog.Rows.Add(new AccessLogRow(Guid.NewGuid(), at, Guid.NewGuid(), "CP20261120-AAAAAAAAAA", PersonalDataField.Phone, "HCARDS1", "刘敏", StaffRole.Handler));
        AccessLog.Rows.Add(new AccessLogRow(Guid.NewGuid(), at.AddHours(1), Guid.NewGuid(), "CP20261120-BBBBBBBBBB", PersonalDataField.IdNumber, "S001", "赵建国", StaffRole.Supervisor));

        var cut = Render<AccessLogPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=access-log-who]").Count));
        Assert.Equal(["CP20261120-BBBBBBBBBB", "CP20261120-AAAAAAAAAA"], cut.FindAll("[data-testid=access-log-complaint]").Select(a => a.TextContent));
        Assert.Equal("ID number", cut.FindAll("[data-testid=access-log-field]")[0].TextContent);
        Assert.Equal("2026-11-20 11:00", cut.FindAll("[data-testid=access-log-at]")[0].TextContent);   // Beijing time
        Assert.Contains("刘敏 (HCARDS1)", cut.FindAll("[data-testid=access-log-who]")[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_access_log_page_filters_by_complaint_reference()
    {
        RunAs(TestRules.Auditor);
        AccessLog.Rows.Add(new AccessLogRow(Guid.NewGuid(), Now, Guid.NewGuid(), "CP20261120-AAAAAAAAAA", PersonalDataField.Phone, "HCARDS1", "刘敏", StaffRole.Handler));
        AccessLog.Rows.Add(new AccessLogRow(Guid.NewGuid(), Now, Guid.NewGuid(), "CP20261120-BBBBBBBBBB", PersonalDataField.Phone, "HCARDS1", "刘敏", StaffRole.Handler));
        var cut = Render<AccessLogPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=access-log-who]").Count));

        await cut.Find("input[data-testid=access-log-reference]").InputAsync(new() { Value = "BBBB" });
        await cut.Find("input[data-testid=access-log-reference]").BlurAsync(new());   // commits without waiting for the debounce

        cut.WaitForAssertion(() => Assert.Equal(["CP20261120-BBBBBBBBBB"], cut.FindAll("[data-testid=access-log-complaint]").Select(a => a.TextContent)));
        Assert.Equal("BBBB", AccessLog.Queries[^1].ComplaintReference);
    }

    [Theory]
    [InlineData(StaffRole.Auditor, true)]
    [InlineData(StaffRole.Compliance, true)]
    [InlineData(StaffRole.Handler, false)]
    [InlineData(StaffRole.Supervisor, false)]
    public void The_access_log_is_in_the_menu_only_for_those_who_may_read_it(StaffRole role, bool shown)
    {
        RunAs(new Actor("X001", "测试", role, "CARDS"));

        var cut = Render<NavMenu>();

        Assert.Equal(shown, cut.FindAll("[data-testid=nav-access-log]").Count == 1);
    }
}
