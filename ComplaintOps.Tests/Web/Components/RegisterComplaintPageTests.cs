using Bunit;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Components.Pages.Complaints;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Web.Components;

public sealed class RegisterComplaintPageTests : ComplaintOpsBunitContext
{
    [Fact]
    public async Task Empty_form_shows_field_errors_and_registers_nothing()
    {
        var cut = Render<RegisterComplaintPage>();

        await cut.Find("[data-testid=register-submit]").ClickAsync(new());

        cut.WaitForAssertion(() =>
        {
            Assert.Contains("The subject field is required.", cut.Markup, StringComparison.Ordinal);
            Assert.Contains("The description field is required.", cut.Markup, StringComparison.Ordinal);
            Assert.Contains("The customerName field is required.", cut.Markup, StringComparison.Ordinal);
            Assert.Contains("A phone number or an email address is required", cut.Markup, StringComparison.Ordinal);
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

    private static Task Fill(IRenderedComponent<RegisterComplaintPage> cut, string field, string value) =>
        cut.Find($"[data-testid=field-{field}] input, [data-testid=field-{field}] textarea, input[data-testid=field-{field}], textarea[data-testid=field-{field}]")
            .ChangeAsync(new() { Value = value });
}
