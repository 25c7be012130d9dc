using Bunit;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Administration;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Tests.TestInfrastructure.Bunit;
using ComplaintOps.Web.Administration;
using ComplaintOps.Web.Components.Pages.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Web.Components;

public sealed class AdminPageTests : ComplaintOpsBunitContext
{
    private static readonly Actor Admin = new("X001", "马骏", StaffRole.Administrator, null);

    private readonly FakeAdministration _admin = new();

    public AdminPageTests()
    {
        Services.AddSingleton<IUserAdministration>(_admin);
        Services.AddSingleton<IRoleAdministration>(_admin);
        Services.AddSingleton<IStaffAdministration>(_admin);
        Services.AddSingleton<IApiClients>(_admin);
        Services.AddSingleton<IAdminAuditLog>(_admin);
        RunAs(Admin);
    }

    [Fact]
    public void The_users_tab_lists_accounts_with_role_two_factor_and_lock_state()
    {
        UseCulture("zh-CN");

        var cut = Render<UsersTab>();

        var rows = cut.FindAll("[data-testid=user-row]");
        Assert.Equal(3, rows.Count);
        var former = cut.Find("[data-testid=user-row][data-user=former]");
        Assert.Equal("是", former.QuerySelector("[data-testid=user-locked]")!.TextContent.Trim());
        Assert.Equal("解锁", former.QuerySelector("[data-testid=user-lock]")!.TextContent.Trim());
        Assert.Equal("是", cut.Find("[data-testid=user-row][data-user=admin] [data-testid=user-2fa]").TextContent.Trim());
    }

    [Fact]
    public void Locking_an_account_calls_the_service_as_the_signed_in_administrator()
    {
        var cut = Render<UsersTab>();

        cut.Find("[data-testid=user-row][data-user=handler] [data-testid=user-lock]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Yes", cut.Find("[data-testid=user-row][data-user=handler] [data-testid=user-locked]").TextContent.Trim()));
        var call = Assert.Single(_admin.Calls);
        Assert.Equal("SetLocked:u1:True", call.Call);
        Assert.Equal("X001", call.Actor.Id);
    }

    [Fact]
    public void A_refused_password_shows_the_localized_rules_under_the_field()
    {
        UseCulture("zh-CN");
        _admin.RefuseCreateWith =
        [
            new FieldError("password", "PasswordTooShort", "Passwords must be at least 12 characters."),
            new FieldError("password", "PasswordRequiresDigit", "Passwords must have at least one digit ('0'-'9')."),
        ];
        var cut = Render<UsersTab>();

        Input(cut, "new-user-name").Change("weakling");
        Input(cut, "new-user-password").Change("abc");
        cut.Find("[data-testid=new-user-create]").Click();

        cut.WaitForAssertion(() =>
        {
            Assert.Contains("密码至少 12 个字符。", cut.Markup, StringComparison.Ordinal);
            Assert.Contains("密码须包含数字。", cut.Markup, StringComparison.Ordinal);
        });
        Assert.DoesNotContain("Passwords must", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("CreateUser:weakling", Assert.Single(_admin.Calls).Call);
    }

    [Fact]
    public void The_roles_tab_shows_the_permission_checklist_and_saves_the_changed_set()
    {
        UseCulture("zh-CN");
        var cut = Render<RolesTab>();

        // The first role (intake agent) is selected: its permissions are ticked, with Chinese labels.
        Assert.Equal(Enum.GetValues<Permission>().Length, cut.FindAll("input[type=checkbox]").Count);
        Assert.Contains("登记投诉", cut.Markup, StringComparison.Ordinal);
        Assert.True(IsChecked(cut, Permission.RegisterComplaint));
        Assert.False(IsChecked(cut, Permission.ViewAnalytics));

        Input(cut, "perm-ViewAnalytics").Change(true);
        cut.Find("[data-testid=roles-save]").Click();

        cut.WaitForAssertion(() => Assert.Equal("SetPermissions:IntakeAgent", Assert.Single(_admin.Calls).Call));
        Assert.Equal("X001", _admin.Calls[0].Actor.Id);
        Assert.Contains(Permission.ViewAnalytics, _admin.Roles[StaffRole.IntakeAgent]);
        Assert.Contains(Permission.RegisterComplaint, _admin.Roles[StaffRole.IntakeAgent]);
    }

    [Fact]
    public void The_page_offers_only_the_tabs_the_administrator_holds_permissions_for()
    {
        RunAs(new Actor("X002", "账户管理员", StaffRole.Administrator, null, new HashSet<Permission> { Permission.ManageUsers }));

        var cut = Render<AdminPage>();

        var tabs = cut.FindAll(".mud-tab").Select(t => t.TextContent.Trim()).ToList();
        Assert.Contains("Users", tabs);
        Assert.DoesNotContain("Roles & permissions", tabs);
        Assert.DoesNotContain("API clients", tabs);
        Assert.Contains("Calendar & SLA", tabs);
    }

    /// <summary>MudBlazor puts a field's data-testid on the input itself, or on its wrapper, depending on the component.</summary>
    private static AngleSharp.Dom.IElement Input<T>(IRenderedComponent<T> cut, string testId) where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.Find($"input[data-testid={testId}], [data-testid={testId}] input");

    private static bool IsChecked(IRenderedComponent<RolesTab> cut, Permission permission) =>
        Input(cut, $"perm-{permission}") is AngleSharp.Html.Dom.IHtmlInputElement { IsChecked: true };
}
