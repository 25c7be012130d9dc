using Bunit;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Complaints;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintOps.Tests.Web.Components;

public sealed class RegisterComplaintPageTests : ComplaintOpsBunitContext
{
    [Theory]
    [InlineData("en", "Required.", "A phone number or an email address is required to reach the customer.")]
    [InlineData("zh-CN", "必填。", "请至少填写电话或电子邮箱，以便联系客户。")]
    public async Task Empty_form_shows_localized_field_errors_and_registers_nothing(string culture, string required, string contact)
    {
        UseCulture(culture);
        var cut = Render<RegisterComplaintPage>();

        await cut.Find("[data-testid=register-submit]").ClickAsync(new());

        cut.WaitForAssertion(() =>
        {
            var errors = FieldErrors(cut);
            Assert.Equal(3, errors.Count(e => e == required));   // customer name, subject, description
            Assert.Contains(contact, errors);
            Assert.NotNull(cut.Find("[data-testid=register-error]"));
        });
        Assert.Empty(Commands.Registered);
    }

    [Fact]
    public async Task Valid_form_registers_once_per_form_and_opens_the_detail()
    {
        var cut = Render<RegisterComplaintPage>();
        await FillRequiredAsync(cut);

        await cut.Find("[data-testid=register-submit]").ClickAsync(new());
        await cut.Find("[data-testid=register-submit]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal(2, Commands.Registered.Count));
        var first = Commands.Registered[0];
        Assert.Equal("张三", first.Complaint.CustomerName);
        Assert.Equal("13800138000", first.Complaint.CustomerPhone);
        Assert.Equal("信用卡年费被重复扣收", first.Complaint.Subject);
        Assert.Equal("A001", first.Actor.Id);
        Assert.False(string.IsNullOrEmpty(first.IdempotencyKey));
        Assert.Equal(first.IdempotencyKey, Commands.Registered[1].IdempotencyKey);
        Assert.EndsWith($"/complaints/{Commands.NextRegisteredId}", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "The name must contain at least one visible letter.", "Contains control or direction-changing characters; please retype it.", "Enter a mainland mobile")]
    [InlineData("zh-CN", "姓名须至少包含一个可见的文字。", "含有控制字符或改变文字方向的字符，请重新输入。", "请输入中国大陆手机号")]
    public async Task Hostile_input_is_refused_in_the_ui_language_by_the_same_rules_as_the_api(string culture, string noLetter, string unsafeText, string phone)
    {
        UseCulture(culture);
        var cut = Render<RegisterComplaintPage>();
        await Fill(cut, "customerName", "\u200b\u200b");
        await Fill(cut, "customerPhone", "12345");
        await Fill(cut, "subject", "年费\u202e被扣");
        await Fill(cut, "description", "客户反映本月年费被扣收两次。");

        await cut.Find("[data-testid=register-submit]").ClickAsync(new());

        cut.WaitForAssertion(() =>
        {
            var errors = FieldErrors(cut);
            Assert.Contains(noLetter, errors);
            Assert.Contains(unsafeText, errors);
            Assert.Contains(errors, e => e.StartsWith(phone, StringComparison.Ordinal));
        });
        Assert.Empty(Commands.Registered);
    }

    [Fact]
    public async Task Receipt_time_joint_complainants_and_the_agent_reach_the_registration()
    {
        var cut = Render<RegisterComplaintPage>();
        Assert.Equal("2026-11-23T10:00", cut.Find("[data-testid=field-receivedAt] input, input[data-testid=field-receivedAt]").GetAttribute("value"));   // now, Shanghai
        await FillRequiredAsync(cut);
        await Fill(cut, "receivedAt", "2026-11-20T08:30");
        await cut.Find("[data-testid=add-complainant]").ClickAsync(new());
        await cut.Find("[data-testid=add-complainant]").ClickAsync(new());
        await cut.Find("[data-testid=add-complainant]").ClickAsync(new());
        await Fill(cut, "complainant-0-name", "李四");
        await Fill(cut, "complainant-1-name", "待删除");
        await Fill(cut, "complainant-2-name", "王五");
        await Fill(cut, "complainant-2-phone", "13912345678");
        await cut.Find("[data-testid=complainant-1-remove]").ClickAsync(new());
        await cut.Find("[data-testid=field-hasAgent] input, input[data-testid=field-hasAgent]").ChangeAsync(new() { Value = true });
        await Fill(cut, "agent-name", "司马律师");
        await Fill(cut, "agent-relationship", "律师");
        await Fill(cut, "agent-authorizationReference", "WT-2026-0042");
        await Fill(cut, "agent-authorizedOn", "2026-11-20");

        await cut.Find("[data-testid=register-submit]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Single(Commands.Registered));
        var complaint = Commands.Registered[0].Complaint;
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 0, 30, 0, TimeSpan.Zero), complaint.ReceivedAt);   // 08:30 Shanghai
        Assert.Equal([new JointComplainant("李四"), new JointComplainant("王五", "13912345678")], complaint.JointComplainants);
        Assert.Equal(new ComplaintAgent("司马律师", null, "律师", "WT-2026-0042", new DateOnly(2026, 11, 20)), complaint.Agent);
    }

    [Theory]
    [InlineData("en", "An agent needs a signed authorisation: enter its number.", "The receipt time must lie between 180 days ago and now.")]
    [InlineData("zh-CN", "委托代理须有授权委托书，请填写其编号。", "收到时间须在 180 天前至当前时间之间，不能晚于现在。")]
    public async Task An_agent_without_authorisation_and_a_future_receipt_are_refused_in_the_ui_language(string culture, string authorization, string receipt)
    {
        UseCulture(culture);
        var cut = Render<RegisterComplaintPage>();
        await FillRequiredAsync(cut);
        await Fill(cut, "receivedAt", "2026-11-23T11:00");   // an hour after now
        await cut.Find("[data-testid=field-hasAgent] input, input[data-testid=field-hasAgent]").ChangeAsync(new() { Value = true });
        await Fill(cut, "agent-name", "司马律师");

        await cut.Find("[data-testid=register-submit]").ClickAsync(new());

        cut.WaitForAssertion(() =>
        {
            var errors = FieldErrors(cut);
            Assert.Contains(authorization, errors);
            Assert.Contains(receipt, errors);
        });
        Assert.Empty(Commands.Registered);
    }

    [Theory]
    [InlineData("en", "Enter a date and time.")]
    [InlineData("zh-CN", "请填写日期和时间。")]
    public async Task A_receipt_time_the_page_cannot_read_is_refused_in_the_ui_language_and_nothing_is_registered(string culture, string message)
    {
        UseCulture(culture);
        var cut = Render<RegisterComplaintPage>();
        await FillRequiredAsync(cut);
        await Fill(cut, "receivedAt", "2026-11-2");   // a half-typed date

        await cut.Find("[data-testid=register-submit]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains(message, FieldErrors(cut)));
        Assert.Empty(Commands.Registered);
    }

    [Theory]
    [InlineData("en", "Enter the regulator's reference for a transferred complaint.", "A regulator-transferred complaint needs the deadline the regulator set.")]
    [InlineData("zh-CN", "监管转办投诉须填写转办文号。", "监管转办投诉须填写监管部门规定的时限。")]
    public async Task A_regulator_transfer_asks_for_deadline_reference_and_receipt_and_carries_them(string culture, string reference, string deadline)
    {
        UseCulture(culture);
        var cut = Render<RegisterComplaintPage>();
        Assert.Empty(cut.FindAll("[data-testid=field-regulatorReference]"));
        await FillRequiredAsync(cut);
        await cut.InvokeAsync(() => cut.FindComponent<MudSelect<Channel>>().Instance.SelectOption(Channel.Regulator));

        await cut.Find("[data-testid=register-submit]").ClickAsync(new());

        cut.WaitForAssertion(() =>
        {
            Assert.Contains(reference, FieldErrors(cut));
            Assert.Contains(deadline, FieldErrors(cut));
        });
        Assert.Empty(Commands.Registered);

        await Fill(cut, "regulatorReference", "沪金管转〔2026〕118号");
        await Fill(cut, "regulatorName", "国家金融监督管理总局上海监管局");
        await Fill(cut, "regulatorDeadline", "2026-12-04");
        await Fill(cut, "receivedAt", "2026-11-20T16:00");
        await cut.Find("[data-testid=register-submit]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Single(Commands.Registered));
        var complaint = Commands.Registered[0].Complaint;
        Assert.Equal((Channel.Regulator, "沪金管转〔2026〕118号", "国家金融监督管理总局上海监管局", new DateOnly(2026, 12, 4)),
            (complaint.Channel, complaint.RegulatorReference, complaint.RegulatorName, complaint.RegulatorDeadline));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero), complaint.ReceivedAt);
    }

    /// <summary>The error texts shown under the inputs.</summary>
    private static List<string> FieldErrors(IRenderedComponent<RegisterComplaintPage> cut) =>
        [.. cut.FindAll(".mud-input-helper-text.mud-input-error .me-auto").Select(e => e.TextContent.Trim())];

    /// <summary>The fields every registration needs, valid.</summary>
    private static async Task FillRequiredAsync(IRenderedComponent<RegisterComplaintPage> cut)
    {
        await Fill(cut, "customerName", "张三");
        await Fill(cut, "customerPhone", "13800138000");
        await Fill(cut, "subject", "信用卡年费被重复扣收");
        await Fill(cut, "description", "客户反映本月年费被扣收两次。");
    }

    private static Task Fill(IRenderedComponent<RegisterComplaintPage> cut, string field, string value) =>
        cut.Find($"[data-testid=field-{field}] input, [data-testid=field-{field}] textarea, input[data-testid=field-{field}], textarea[data-testid=field-{field}]")
            .ChangeAsync(new() { Value = value });
}
