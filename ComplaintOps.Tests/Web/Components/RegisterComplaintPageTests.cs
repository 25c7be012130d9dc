using Bunit;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Complaints;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

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
            var errors = cut.FindAll(".mud-input-helper-text.mud-input-error .me-auto").Select(e => e.TextContent.Trim()).ToList();
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
        await Fill(cut, "customerName", "张三");
        await Fill(cut, "customerPhone", "13800138000");
        await Fill(cut, "subject", "信用卡年费被重复扣收");
        await Fill(cut, "description", "客户反映本月年费被扣收两次。");

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
            var errors = cut.FindAll(".mud-input-helper-text.mud-input-error .me-auto").Select(e => e.TextContent.Trim()).ToList();
            Assert.Contains(noLetter, errors);
            Assert.Contains(unsafeText, errors);
            Assert.Contains(errors, e => e.StartsWith(phone, StringComparison.Ordinal));
        });
        Assert.Empty(Commands.Registered);
    }

    private static Task Fill(IRenderedComponent<RegisterComplaintPage> cut, string field, string value) =>
        cut.Find($"[data-testid=field-{field}] input, [data-testid=field-{field}] textarea, input[data-testid=field-{field}], textarea[data-testid=field-{field}]")
            .ChangeAsync(new() { Value = value });
}
