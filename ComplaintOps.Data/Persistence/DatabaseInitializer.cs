using System.Diagnostics;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Features.Calendar;
using ComplaintOps.Data.Features.CaseLibrary;
using ComplaintOps.Data.Features.Demo;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Data.Features.Reports;
using ComplaintOps.Data.Features.Staff;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Persistence;

/// <summary>Creates and migrates the database, then writes reference data (calendar, staff) and, if enabled, the demo data set.</summary>
public sealed partial class DatabaseInitializer(
    IDbContextFactory<ComplaintOpsDbContext> dbFactory,
    IOptions<DatabaseOptions> database,
    IOptions<DemoOptions> demo,
    DemoDataSeeder demoSeeder,
    DemoMeetings demoMeetings,
    DemoReports demoReports,
    CalendarYearMerger calendarMerger,
    CaseTextIndex caseIndex,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        EnsureSqliteFolder(database.Value);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (database.Value.MigrateOnStart)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (database.Value.Provider == Providers.DatabaseProvider.Sqlite)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            Providers.SqlitePragmaInterceptor.EnableWriteAheadLog(db.Database.GetDbConnection());
            await db.Database.CloseConnectionAsync();
        }

        if (await PersonalData.PersonalDataBackfill.RunAsync(db, cancellationToken) is > 0 and var encrypted)
        {
            LogEncrypted(encrypted);
        }

        foreach (var load in await calendarMerger.MergeAsync(db, cancellationToken))
        {
            LogCalendar(load.Region, load.Year, load.DaysAdded);
        }

        // The shipped directory is merged in by id: people added since (by an administrator) and edits are kept.
        var known = await db.Staff.Select(s => s.Id).ToListAsync(cancellationToken);
        var missing = StaffDirectory.Initial().Where(s => !known.Contains(s.Id)).ToList();
        if (missing.Count > 0)
        {
            db.Staff.AddRange(missing);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (demo.Value.Seed && !await db.Complaints.AnyAsync(cancellationToken))
        {
            var started = Stopwatch.GetTimestamp();
            var count = await demoSeeder.SeedAsync(demo.Value, cancellationToken);
            await demoSeeder.SeedCasesAsync(cancellationToken);
            await demoMeetings.SeedAsync(cancellationToken);
            LogDemo(count, Stopwatch.GetElapsedTime(started).TotalSeconds);
            await demoReports.SeedAsync(cancellationToken);
        }

        // Cases stored before the word index, or by an older segmenter or dictionary, are indexed again before the first search.
        await caseIndex.EnsureCurrentAsync(cancellationToken);
    }

    private static void EnsureSqliteFolder(DatabaseOptions options)
    {
        if (options.Provider != Providers.DatabaseProvider.Sqlite)
        {
            return;
        }

        var file = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(file) && file != ":memory:" && folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Merged the shipped {Region} calendar for {Year}: {Added} days added.")]
    private partial void LogCalendar(CalendarRegion region, int year, int added);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Encrypted the personal data of {Count} complaints stored before encryption at rest.")]
    private partial void LogEncrypted(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote the demo data set: {Count} complaints in {Seconds:0.0} s.")]
    private partial void LogDemo(int count, double seconds);
}
