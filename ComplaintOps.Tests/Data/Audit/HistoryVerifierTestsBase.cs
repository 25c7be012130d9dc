using System.Diagnostics;
using System.Security.Cryptography;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Features.Audit;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Tests.Data.Audit;

/// <summary>
/// `audit verify` on a real database: the verifier the CLI uses, and the CLI itself in-process, against rows edited
/// with SQL the way someone with database access but without the key would.
/// </summary>
public abstract class HistoryVerifierTestsBase<TDatabase>() : IntegrationTest(new TDatabase())
    where TDatabase : TestDatabase, new()
{
    private List<RegistrationResult> _complaints = [];

    private HistoryVerifier Verifier => Get<HistoryVerifier>();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var commands = Get<IComplaintCommands>();
        var targets = new[] { ComplaintStatus.Registered, ComplaintStatus.Classified, ComplaintStatus.Resolved, ComplaintStatus.Closed, ComplaintStatus.Resolved };
        foreach (var target in targets)
        {
            var registered = await commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct);
            var version = registered.Version;
            foreach (var (action, actor) in ComplaintBuilder.PathTo(target))
            {
                Clock.Advance(TimeSpan.FromHours(1));
                version = await commands.ApplyAsync(registered.Id, version, action, actor, Ct);
            }

            _complaints.Add(registered);
        }
    }

    [Fact]
    public async Task A_clean_database_verifies_in_any_batch_size_and_the_command_exits_0()
    {
        var all = await Verifier.VerifyAllAsync(cancellationToken: Ct).ToListAsync(Ct);
        var paged = await Verifier.VerifyAllAsync(batchSize: 2, Ct).ToListAsync(Ct);   // 5 complaints: batches of 2, 2, 1

        Assert.Equal(_complaints.Select(c => c.Reference).Order(StringComparer.Ordinal), all.Select(c => c.Reference));
        Assert.All(all, c => Assert.True(c.Intact, c.Reference));
        Assert.Equal(all, paged);
        Assert.True((await Verifier.VerifyAsync(_complaints[3].Id, Ct))!.Intact);

        var (exit, output, _) = await RunCommandAsync();
        Assert.Equal(0, exit);
        Assert.Equal("5 complaints checked: 5 intact, 0 broken.", output.Trim());
    }

    [Fact]
    public async Task A_reason_edited_in_sql_is_named_by_reference_and_sequence()
    {
        var target = _complaints[3];
        await using (var db = TestServices.OpenContext(Database))
        {
            var row = (await EventsOfAsync(db, target.Id))[3];
            await db.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "ComplaintEvents" SET "Reason" = {"nothing happened"} WHERE "Hash" = {row.Hash}""", Ct);
        }

        var broken = Assert.Single(await Verifier.VerifyAllAsync(cancellationToken: Ct).Where(c => !c.Intact).ToListAsync(Ct));
        Assert.Equal(target.Reference, broken.Reference);
        Assert.Equal(new HistoryBreak(4, HistoryFault.SealMismatch), broken.Break);
        Assert.False((await Get<IComplaintQueries>().GetAsync(target.Id, TestRules.Supervisor, Ct))!.HistoryIntact);

        var (exit, output, _) = await RunCommandAsync();
        Assert.Equal(1, exit);
        Assert.Contains($"{target.Reference}: event 4: seal mismatch", output);
        Assert.Contains("5 complaints checked: 4 intact, 1 broken.", output);
    }

    [Fact]
    public async Task The_built_app_started_as_audit_verify_in_Development_names_the_edit_and_exits_1()
    {
        var target = _complaints[4];
        await using (var db = TestServices.OpenContext(Database))
        {
            var row = (await EventsOfAsync(db, target.Id))[5];
            await db.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "ComplaintEvents" SET "Reason" = {"nothing happened"} WHERE "Hash" = {row.Hash}""", Ct);
        }

        // A real process as `dotnet run -- audit verify` starts it: Development environment (the container validates
        // its whole graph on build there), appsettings from the build output, settings from the environment.
        var webDll = Path.Combine(AppProcess.WebBuildFolder(), "ComplaintOps.Web.dll");
        var info = new ProcessStartInfo("dotnet", [webDll, "audit", "verify"])
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Database__Provider"] = Database.Provider.ToString();
        info.Environment["Database__ConnectionString"] = Database.ConnectionString;
        info.Environment["Audit__HistoryKey"] = TestRules.HistoryKey;
        info.Environment["PersonalData__LookupKey"] = TestRules.LookupKey;
        info.Environment["DataProtection__KeyDirectory"] = TestRules.KeyDirectory;   // reads the complaints the tests encrypted
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var errors = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);

        Assert.True(process.ExitCode == 1, $"exit {process.ExitCode}: {await errors}");
        Assert.Contains($"{target.Reference}: event 6: seal mismatch", await output);
        Assert.Contains("5 complaints checked: 4 intact, 1 broken.", await output);
    }

    [Fact]
    public async Task An_edit_rechained_with_plain_sha256_and_written_back_is_detected() =>
        await AssertRechainedForgeryIsDetectedAsync(HistoryForgery.PlainSha256);

    [Fact]
    public async Task An_edit_rechained_with_the_wrong_key_and_written_back_is_detected() =>
        await AssertRechainedForgeryIsDetectedAsync(new HistorySeal(RandomNumberGenerator.GetBytes(32)).Seal);

    [Fact]
    public async Task Details_that_are_not_json_show_as_raw_text_in_a_broken_history_instead_of_failing()
    {
        var target = _complaints[1];
        await using (var db = TestServices.OpenContext(Database))
        {
            var row = (await EventsOfAsync(db, target.Id))[1];
            await db.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "ComplaintEvents" SET "Details" = {"{broken"} WHERE "Hash" = {row.Hash}""", Ct);
        }

        var detail = await Get<IComplaintQueries>().GetAsync(target.Id, TestRules.Supervisor, Ct);

        Assert.NotNull(detail);
        Assert.False(detail.HistoryIntact);
        var edited = detail.Timeline.Single(e => e.Sequence == 2);
        Assert.Equal("{broken", edited.UnreadableDetails);
        Assert.Empty(edited.Details);
        Assert.Equal(new HistoryBreak(2, HistoryFault.Unreadable), (await Verifier.VerifyAsync(target.Id, Ct))!.Break);
    }

    [Fact]
    public async Task Without_a_key_the_command_refuses_to_check_and_says_how_to_make_one()
    {
        var (exit, _, errors) = await RunCommandAsync(key: "");

        Assert.Equal(2, exit);
        Assert.Contains("Audit:HistoryKey is missing", errors);
        Assert.Contains("openssl rand -base64 32", errors);
    }

    /// <summary>Edit one event, re-chain the whole history with <paramref name="hash"/>, and write every row back with SQL.</summary>
    private async Task AssertRechainedForgeryIsDetectedAsync(Func<string, string> hash)
    {
        var target = _complaints[2];
        await using (var db = TestServices.OpenContext(Database))
        {
            var events = await EventsOfAsync(db, target.Id);
            var originalHashes = events.Select(e => e.Hash).ToList();
            HistoryForgery.SetReason(events[2], "nothing happened");
            var last = HistoryForgery.Rechain(events, hash);
            foreach (var (e, original) in events.Zip(originalHashes))
            {
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""UPDATE "ComplaintEvents" SET "Reason" = {e.Reason}, "PreviousHash" = {e.PreviousHash}, "Hash" = {e.Hash} WHERE "Hash" = {original}""", Ct);
            }

            await db.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "Complaints" SET "LastEventHash" = {last} WHERE "Reference" = {target.Reference}""", Ct);
        }

        var broken = Assert.Single(await Verifier.VerifyAllAsync(cancellationToken: Ct).Where(c => !c.Intact).ToListAsync(Ct));
        Assert.Equal(target.Reference, broken.Reference);
        Assert.Equal(new HistoryBreak(1, HistoryFault.SealMismatch), broken.Break);   // the very first re-chained seal fails

        var (exit, output, _) = await RunCommandAsync();
        Assert.Equal(1, exit);
        Assert.Contains($"{target.Reference}: event 1: seal mismatch", output);
    }

    // Rows are then addressed by their (unique) hash in the raw SQL: a Guid parameter binds differently per provider.
    private static Task<List<ComplaintEvent>> EventsOfAsync(ComplaintOpsDbContext db, Guid complaintId) =>
        db.ComplaintEvents.AsNoTracking().Where(e => e.ComplaintId == complaintId).OrderBy(e => e.Sequence).ToListAsync(Ct);

    private async Task<(int Exit, string Output, string Errors)> RunCommandAsync(string key = TestRules.HistoryKey)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.Provider.ToString(),
            ["Database:ConnectionString"] = Database.ConnectionString,
            ["Audit:HistoryKey"] = key,
            ["PersonalData:LookupKey"] = TestRules.LookupKey,
            ["DataProtection:KeyDirectory"] = TestRules.KeyDirectory,
        };
        var exit = await AuditCommandLine.RunAsync(["audit", "verify"], stdout, stderr, settings);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}

public sealed class SqliteHistoryVerifierTests : HistoryVerifierTestsBase<SqliteTestDatabase>;

public sealed class PostgresHistoryVerifierTests : HistoryVerifierTestsBase<PostgresTestDatabase>;
