using System.CommandLine;
using ComplaintOps.Analytics;
using ComplaintOps.Data;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Features.Audit;
using ComplaintOps.Web.Hosting;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Audit;

/// <summary>
/// <c>audit verify</c>: re-verifies every complaint's sealed history in the configured database. One line per broken
/// complaint (reference, first broken event, why), then a summary. Exit code 0 intact, 1 broken, 2 cannot check.
/// </summary>
public static class AuditCommandLine
{
    /// <summary>True when the process was started as an audit command rather than the web app.</summary>
    public static bool IsAudit(string[] args) => args is ["audit", ..];

    /// <summary>Parses and runs the command; returns the process exit code.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>As <see cref="RunAsync(string[])"/> with explicit output writers and settings layered over the configuration (tests).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var verify = new Command("verify", "Check every complaint's history against the configured Audit:HistoryKey");
        verify.SetAction((_, ct) => VerifyAsync(stdout, stderr, settings, ct));
        var root = new RootCommand("ComplaintOps") { new Command("audit", "Tamper-evident history") { verify } };

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) await stderr.WriteLineAsync(error.Message);
            return 2;
        }

        return await result.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static async Task<int> VerifyAsync(TextWriter stdout, TextWriter stderr, IReadOnlyDictionary<string, string?>? settings, CancellationToken ct)
    {
        // The web app's own builder (appsettings, appsettings.{Environment}, user secrets, environment variables), so the
        // command reads the same database with the same key as the app. No server is started.
        var builder = WebApplication.CreateBuilder();
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();   // stdout carries the report only
        builder.Services.AddComplaintOpsDataProtection(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddComplaintOpsData(builder.Configuration);
        // Data's dashboard services take their hotspot analyzer from Analytics: without it the container's build-time
        // validation (on in Development) fails, though this command never builds them. Nothing is started.
        builder.Services.AddComplaintOpsAnalytics();
        await using var app = builder.Build();
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (OptionsValidationException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return 2;
        }

        int checkedCount = 0, broken = 0;
        await foreach (var check in app.Services.GetRequiredService<HistoryVerifier>().VerifyAllAsync(cancellationToken: ct))
        {
            checkedCount++;
            if (check.Break is { } b)
            {
                broken++;
                await stdout.WriteLineAsync($"{check.Reference}: event {b.Sequence}: {Describe(b.Fault)}");
            }
        }

        await stdout.WriteLineAsync($"{checkedCount} complaints checked: {checkedCount - broken} intact, {broken} broken.");
        return broken == 0 ? 0 : 1;
    }

    private static string Describe(HistoryFault fault) => fault switch
    {
        HistoryFault.SequenceGap => "sequence gap (an event was deleted or inserted)",
        HistoryFault.PreviousHashMismatch => "does not chain to the event before it",
        HistoryFault.SealMismatch => "seal mismatch (content edited, or sealed without the configured key)",
        HistoryFault.Unreadable => "unreadable (stored details are not valid JSON)",
        HistoryFault.CountMismatch => "event count differs from the complaint's EventCount",
        HistoryFault.LastHashMismatch => "complaint's LastEventHash is not the last event's seal",
        _ => fault.ToString(),
    };
}
