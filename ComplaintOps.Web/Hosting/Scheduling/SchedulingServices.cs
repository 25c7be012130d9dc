using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Data.Features.Notices;
using ComplaintOps.Data.Features.Reports;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Persistence.Providers;
using ComplaintOps.Web.Notices;
using Quartz;

namespace ComplaintOps.Web.Hosting.Scheduling;

public static class SchedulingServices
{
    /// <summary>The scheduler's name: every instance of the app joins the one cluster of this name in the database.</summary>
    public const string SchedulerName = "ComplaintOps";

    /// <summary>
    /// Quartz with its job store in the application's database, so periodic work runs on one instance of the cluster at
    /// a time and survives restarts. PostgreSQL and SQL Server are clustered (Quartz's row locks); SQLite is one file on
    /// one machine, and Quartz refuses to cluster it, so it is a persistent single node. Quartz creates its tables when
    /// they are missing if the app migrates its own schema (<c>Database:MigrateOnStart</c>); otherwise run Quartz's
    /// scripts (database/tables in the Quartz.NET repository) with the migrations.
    /// <para>
    /// To schedule another idempotent method <c>XxxAsync(DateTimeOffset nowUtc, CancellationToken ct)</c> of a
    /// registered service, add one line to <see cref="Works"/>:
    /// <c>.Every&lt;MeetingEscalation&gt;("meetings.escalate", TimeSpan.FromHours(1), (s, now, ct) =&gt; s.EscalateAsync(now, ct))</c>.
    /// The name is the job's key in the store: keep it once deployed.
    /// </para>
    /// </summary>
    public static IServiceCollection AddComplaintOpsScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var scheduling = configuration.GetSection(SchedulingOptions.SectionName).Get<SchedulingOptions>() ?? new SchedulingOptions();
        var works = Works(configuration);
        services.AddSingleton(works);
        if (!scheduling.Enabled)
        {
            return services;
        }

        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = SchedulerName);
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                _ = database.Provider switch
                {
                    DatabaseProvider.Sqlite => store.UseSqlite(database.ConnectionString),
                    DatabaseProvider.Postgres => store.UsePostgres(database.ConnectionString),
                    DatabaseProvider.SqlServer => store.UseSqlServer(database.ConnectionString),
                    _ => throw new InvalidOperationException($"Unsupported database provider '{database.Provider}'."),
                };
                if (database.Provider != DatabaseProvider.Sqlite)
                {
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(scheduling.CheckinSeconds);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(scheduling.CheckinSeconds * 2);
                    });
                }

                if (database.MigrateOnStart)
                {
                    store.ProvisionSchema();
                }
            });
            foreach (var work in works.All)
            {
                var key = new JobKey(work.Name);
                q.AddJob<PeriodicJob>(j => j.WithIdentity(key).StoreDurably());
                q.AddTrigger(t => t.ForJob(key).WithIdentity(work.Name + ".every").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(work.Interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>Every periodic method of the app, one line each.</summary>
    private static PeriodicWorks Works(IConfiguration configuration)
    {
        var notices = configuration.GetSection(NoticeOptions.SectionName).Get<NoticeOptions>() ?? new NoticeOptions();
        return new PeriodicWorks()
            .Every<NoticeDispatcher>("notices.dispatch", TimeSpan.FromSeconds(notices.DispatchSeconds), (s, now, ct) => s.DispatchAsync(now, ct))
            .Every<IActionEscalation>("actions.escalate", TimeSpan.FromHours(1), (s, now, ct) => s.EscalateOverdueAsync(now, ct))
            .Every<ReportReminders>("reports.remind", TimeSpan.FromHours(6), (s, now, ct) => s.WriteDueRemindersAsync(now, ct));
    }
}
