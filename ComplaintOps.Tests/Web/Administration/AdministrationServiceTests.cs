using System.Globalization;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Administration;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Administration;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Persistence.Identity;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Administration;
using ComplaintOps.Web.Components.Pages.Complaints;
using ComplaintOps.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ComplaintOps.Tests.Web.Administration;

/// <summary>The administration services on the real app: each checks its permission itself and logs each change with its actor.</summary>
public sealed class AdministrationServiceTests(ComplaintOpsWebFactory factory) : IClassFixture<ComplaintOpsWebFactory>
{
    private static readonly Actor Admin = new("X001", "马骏", StaffRole.Administrator, null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private T Service<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    private async Task<ComplaintOpsDbContext> DbAsync() =>
        await Service<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);

    private async Task<(int Audit, int Clients, int Users, int Staff)> CountsAsync()
    {
        await using var db = await DbAsync();
        return (await db.AdminAuditEntries.CountAsync(Ct), await db.ApiClients.CountAsync(Ct), await db.Users.CountAsync(Ct), await db.Staff.CountAsync(Ct));
    }

    [Fact]
    public async Task Every_service_refuses_an_actor_without_its_permission_and_writes_nothing()
    {
        _ = Service<IAdminAuditLog>();
        var before = await CountsAsync();
        var supervisor = TestRules.Supervisor;   // everything but administration
        var userId = (await Service<IUserAdministration>().ListAsync(Admin, Ct)).First(u => u.UserName == "handler").Id;

        await Assert.ThrowsAsync<ForbiddenException>(() => Service<IUserAdministration>().ListAsync(supervisor, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service<IUserAdministration>().CreateAsync(new NewUser("sneaky", "A002", StaffRole.Administrator, "Str0ng-Passw0rd!"), supervisor, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service<IUserAdministration>().SetLockedAsync(userId, true, supervisor, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service<IUserAdministration>().ChangeRoleAsync(userId, StaffRole.Administrator, supervisor, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service<IUserAdministration>().ResetTwoFactorAsync(userId, supervisor, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service<IStaffAdministration>().CreateAsync(new NewStaffMember("Z999", "某人", "Someone", StaffRole.Handler, "CARDS"), supervisor, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service<IRoleAdministration>().SetPermissionsAsync(StaffRole.Handler, new HashSet<Permission> { Permission.ManageUsers }, supervisor, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service<IRoleAdministration>().ListAsync(supervisor, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service<IApiClients>().CreateAsync("Rogue", ApiClientKind.Intake, supervisor, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service<IApiClients>().ListAsync(supervisor, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service<IAdminAuditLog>().LatestAsync(10, supervisor, Ct));
        // An account manager is not an API key manager: permissions, not a general "admin" flag.
        var accountsOnly = new Actor("X002", "账户管理员", StaffRole.Administrator, null, new HashSet<Permission> { Permission.ManageUsers });
        await Assert.ThrowsAsync<ForbiddenException>(() => Service<IApiClients>().CreateAsync("Rogue", ApiClientKind.Intake, accountsOnly, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => Service<IRoleAdministration>().SetPermissionsAsync(StaffRole.Handler, new HashSet<Permission>(), accountsOnly, Ct));

        Assert.Equal(before, await CountsAsync());
        Assert.False((await Service<IUserAdministration>().ListAsync(Admin, Ct)).Single(u => u.Id == userId).Locked);
    }

    [Fact]
    public async Task A_role_permission_change_is_stored_renews_its_users_stamps_and_is_logged_with_the_actor()
    {
        var roles = Service<IRoleAdministration>();
        var auditorBefore = (await roles.ListAsync(Admin, Ct)).Single(r => r.Role == StaffRole.Auditor).Permissions;
        Assert.DoesNotContain(Permission.ViewPersonalData, auditorBefore);
        string stampBefore;
        await using (var db = await DbAsync())
        {
            stampBefore = (await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "auditor", Ct)).SecurityStamp!;
        }

        var wanted = auditorBefore.Append(Permission.ViewPersonalData).Where(p => p != Permission.VerifyHistory).ToHashSet();
        await roles.SetPermissionsAsync(StaffRole.Auditor, wanted, Admin, Ct);

        Assert.True((await roles.ListAsync(Admin, Ct)).Single(r => r.Role == StaffRole.Auditor).Permissions.SetEquals(wanted));
        await using (var db = await DbAsync())
        {
            Assert.NotEqual(stampBefore, (await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "auditor", Ct)).SecurityStamp);
        }

        var entry = (await Service<IAdminAuditLog>().LatestAsync(50, Admin, Ct)).First(e => e.Action == AdminActions.RolePermissionsChanged && e.Target == "Auditor");
        Assert.Equal("X001", entry.ActorId);
        Assert.Equal("马骏", entry.ActorName);
        Assert.Contains("ViewPersonalData", entry.Details, StringComparison.Ordinal);
        Assert.Contains("VerifyHistory", entry.Details, StringComparison.Ordinal);

        await Assert.ThrowsAsync<DomainException>(() => roles.SetPermissionsAsync(StaffRole.Administrator, new HashSet<Permission> { Permission.ManageApiKeys }, Admin, Ct));
    }

    [Theory]
    [InlineData("zh-CN", "密码至少 12 个字符。")]
    [InlineData("en", "At least 12 characters.")]
    public async Task A_weak_initial_password_is_refused_with_localized_messages(string culture, string tooShort)
    {
        var before = await CountsAsync();

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            Service<IUserAdministration>().CreateAsync(new NewUser("weakling", "A003", StaffRole.IntakeAgent, "abc"), Admin, Ct));

        var codes = refused.Failures.Where(f => f.Field == "password").Select(f => f.Code).ToList();
        Assert.Contains("PasswordTooShort", codes);
        Assert.Contains("PasswordRequiresUpper", codes);
        Assert.Contains("PasswordRequiresDigit", codes);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var l = Service<IStringLocalizer<SharedResource>>();
            var messages = refused.Failures.Select(f => IntakeErrorText.Localize(l, f)).ToList();
            Assert.Contains(tooShort, messages);
            Assert.DoesNotContain(messages, m => m.StartsWith("Passwords must", StringComparison.Ordinal));   // Identity's own English
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Users_are_created_for_staff_locked_and_unlocked_with_each_step_logged()
    {
        var users = Service<IUserAdministration>();
        await Service<IStaffAdministration>().CreateAsync(new NewStaffMember("HCARDS9", "钱多多", "Qian Duoduo", StaffRole.Handler, "CARDS"), Admin, Ct);
        var created = await users.CreateAsync(new NewUser("qian", "HCARDS9", StaffRole.Handler, "Qian-Duoduo-2026!"), Admin, Ct);

        await users.SetLockedAsync(created.Id, true, Admin, Ct);
        Assert.True((await users.ListAsync(Admin, Ct)).Single(u => u.Id == created.Id).Locked);
        await users.SetLockedAsync(created.Id, false, Admin, Ct);
        Assert.False((await users.ListAsync(Admin, Ct)).Single(u => u.Id == created.Id).Locked);
        var duplicate = await Assert.ThrowsAsync<ValidationException>(() => users.CreateAsync(new NewUser("qian2", "HCARDS9", StaffRole.Handler, "Qian-Duoduo-2026!"), Admin, Ct));
        Assert.Contains(duplicate.Failures, f => f.Code == AdminErrorCodes.StaffHasAccount);

        var log = await Service<IAdminAuditLog>().LatestAsync(100, Admin, Ct);
        foreach (var action in new[] { AdminActions.StaffCreated, AdminActions.UserCreated, AdminActions.UserLocked, AdminActions.UserUnlocked })
        {
            Assert.Contains(log, e => e.Action == action && e.ActorId == "X001");
        }
    }

    [Fact]
    public async Task The_command_line_creates_an_administrator_who_must_enrol_an_authenticator_first()
    {
        _ = factory.Services;   // the app has migrated and seeded the roles
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await AdminCommandLine.RunAsync(
            ["admin", "create", "--user", "boss", "--staff-id", "X900", "--name-zh", "张总", "--name-en", "Zhang Zong"], stdout, stderr,
            new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:ConnectionString"] = factory.ConnectionString,
                ["Audit:HistoryKey"] = TestRules.HistoryKey,
                ["PersonalData:LookupKey"] = TestRules.LookupKey,
                ["DataProtection:KeyDirectory"] = factory.KeyDirectory,
                ["Demo:Seed"] = "false",
                ["Demo:Users"] = "false",
                ["Notices:Smtp:Host"] = "smtp.bank.example",   // Production refuses to start without a mail server for notices
            });

        Assert.True(exit == 0, stderr.ToString());
        var password = stdout.ToString().Split('\n').Single(l => l.StartsWith("Temporary password", StringComparison.Ordinal)).Split(": ", 2)[1].Trim();
        Assert.True(password.Length >= 16);
        await using (var db = await DbAsync())
        {
            Assert.Equal(StaffRole.Administrator, (await db.Staff.SingleAsync(s => s.Id == "X900", Ct)).Role);
            Assert.Contains(await db.AdminAuditEntries.AsNoTracking().ToListAsync(Ct), e => e.Action == AdminActions.UserCreated && e.Target == "boss" && e.ActorId == "cli");
        }

        // First sign-in: straight to enrolment, and no administration until then.
        var browser = factory.CreateBrowserClient();
        var signedIn = await SignIn.PostAsync(browser, "boss", password, Ct, returnUrl: "/start");
        Assert.Equal("/start", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(ComplaintOps.Web.Identity.AccountPaths.Enroll, (await browser.GetAsync("/start", Ct)).Headers.Location?.OriginalString);
        Assert.NotEqual(System.Net.HttpStatusCode.OK, (await browser.GetAsync("/admin", Ct)).StatusCode);

        var enrollPage = await browser.GetStringAsync(ComplaintOps.Web.Identity.AccountPaths.Enroll, Ct);
        var key = System.Text.RegularExpressions.Regex.Match(enrollPage, "data-testid=\"authenticator-key\">([A-Z2-7 ]+)<").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        Assert.NotEmpty(key);
        var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp();
        var enrolled = await SignIn.PostFormAsync(browser, ComplaintOps.Web.Identity.AccountPaths.Enroll, ComplaintOps.Web.Identity.AccountPaths.Enroll,
            new Dictionary<string, string> { ["code"] = code }, Ct);
        Assert.Equal("/start", enrolled.Headers.Location?.OriginalString);
        Assert.Equal("/admin", (await browser.GetAsync("/start", Ct)).Headers.Location?.OriginalString);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await browser.GetAsync("/admin", Ct)).StatusCode);
    }
}
