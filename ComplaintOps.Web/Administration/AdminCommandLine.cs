using System.CommandLine;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Administration;
using ComplaintOps.Data.Features.Complaints;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Administration;

/// <summary>
/// <c>admin create --user NAME --staff-id ID --name-zh 名字 --name-en Name</c>: the first administrator of a new installation
/// (nobody can sign in to create one). Creates the staff member when missing and an Administrator account with a random
/// temporary password, printed once. The account holds no permission until its owner enrols an authenticator at first
/// sign-in (ComplaintOpsClaimsFactory). Exit code 0 created, 1 refused, 2 cannot run.
/// </summary>
public static class AdminCommandLine
{
    /// <summary>Recorded as the actor in the administration log: the person at the server's console, not a staff member.</summary>
    public static readonly Actor Console = new("cli", "admin create (command line)", StaffRole.System, null, new HashSet<Permission> { Permission.ManageUsers });

    public static bool IsAdmin(string[] args) => args is ["admin", ..];

    public static Task<int> RunAsync(string[] args) => RunAsync(args, System.Console.Out, System.Console.Error);

    /// <summary>As <see cref="RunAsync(string[])"/> with explicit writers and settings layered over the configuration (tests).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var user = new Option<string>("--user") { Description = "Sign-in name", Required = true };
        var staffId = new Option<string>("--staff-id") { Description = "Staff id (created when missing)", Required = true };
        var nameZh = new Option<string>("--name-zh") { Description = "Chinese name (for a new staff member)" };
        var nameEn = new Option<string>("--name-en") { Description = "English name (for a new staff member)" };
        var create = new Command("create", "Create an administrator account with a temporary password") { user, staffId, nameZh, nameEn };
        create.SetAction((r, ct) => CreateAsync(r.GetValue(user)!, r.GetValue(staffId)!, r.GetValue(nameZh), r.GetValue(nameEn), stdout, stderr, settings, ct));
        var root = new RootCommand("ComplaintOps") { new Command("admin", "Administration from the server's console") { create } };

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) await stderr.WriteLineAsync(error.Message);
            return 2;
        }

        return await result.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static async Task<int> CreateAsync(string userName, string staffId, string? nameZh, string? nameEn, TextWriter stdout, TextWriter stderr,
        IReadOnlyDictionary<string, string?>? settings, CancellationToken ct)
    {
        // The web app's own composition and configuration (same database, same password rules), migrated and with its roles
        // seeded as at start-up. No server is started.
        var builder = WebApplication.CreateBuilder();
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();   // stdout carries the result only
        builder.AddComplaintOpsWeb();
        await using var app = builder.Build();
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            await app.InitializeDatabaseAsync();
        }
        catch (OptionsValidationException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return 2;
        }

        try
        {
            if (await app.Services.GetRequiredService<Data.Features.Staff.IStaffQueries>().FindAsync(staffId, ct) is null)
            {
                await app.Services.GetRequiredService<IStaffAdministration>().CreateAsync(
                    new NewStaffMember(staffId, nameZh ?? "", nameEn ?? "", StaffRole.Administrator, null), Console, ct);
                await stdout.WriteLineAsync($"Created staff member {staffId}.");
            }

            var password = TemporaryPassword.Generate();
            await app.Services.GetRequiredService<IUserAdministration>().CreateAsync(new NewUser(userName, staffId, StaffRole.Administrator, password), Console, ct);
            await stdout.WriteLineAsync($"Created administrator '{userName}' for staff member {staffId}.");
            await stdout.WriteLineAsync($"Temporary password (shown only now): {password}");
            await stdout.WriteLineAsync("Sign in at /account/login; you must enrol an authenticator app before you can administer anything.");
            return 0;
        }
        catch (ValidationException e)
        {
            foreach (var failure in e.Failures)
            {
                await stderr.WriteLineAsync($"{failure.Field}: {failure.Message}");
            }

            return 1;
        }
    }
}
