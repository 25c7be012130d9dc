using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Hotspots;
using ComplaintOps.Data.Features.Administration;
using ComplaintOps.Data.Features.Audit;
using ComplaintOps.Data.Features.Calendar;
using ComplaintOps.Data.Features.CaseLibrary;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Consultations;
using ComplaintOps.Data.Features.Dashboard;
using ComplaintOps.Data.Features.Demo;
using ComplaintOps.Data.Features.Effectiveness;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Data.Features.Notices;
using ComplaintOps.Data.Features.PersonalData;
using ComplaintOps.Data.Features.Queue;
using ComplaintOps.Data.Features.Reports;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Features.Supervision;
using ComplaintOps.Data.Features.Staff;
using ComplaintOps.Data.Features.Topics;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Persistence.Interceptors;
using ComplaintOps.Data.Persistence.PersonalData;
using ComplaintOps.Data.Persistence.Providers;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Database (provider from <c>Database:Provider</c>), clocks and calendar, the history key, personal data protection
    /// and the complaint use cases. The host supplies <see cref="IDataProtectionProvider"/> (its configured key ring).
    /// </summary>
    public static IServiceCollection AddComplaintOpsData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SlaOptions>().BindConfiguration(SlaOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName).ValidateDataAnnotations();
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HotspotOptions>().BindConfiguration(HotspotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BatchOptions>().BindConfiguration(BatchOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHistorySeal();
        services.AddPersonalDataProtection();
        services.TryAddTimeProvider();

        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton<DomainEventDispatchInterceptor>();
        _ = database.Provider switch
        {
            DatabaseProvider.Sqlite => services.AddProviderContext<SqliteComplaintOpsDbContext>(database),
            DatabaseProvider.Postgres => services.AddProviderContext<PostgresComplaintOpsDbContext>(database),
            DatabaseProvider.SqlServer => services.AddProviderContext<SqlServerComplaintOpsDbContext>(database),
            _ => throw new InvalidOperationException($"Unsupported database provider '{database.Provider}'."),
        };

        services.AddSingleton<ICalendarService, CalendarService>();
        services.TryAddSingleton<IShippedCalendars, EmbeddedShippedCalendars>();   // a test may ship its own years
        services.AddSingleton<CalendarYearMerger>();
        services.AddSingleton<HandlingRulesProvider>();
        services.AddSingleton<IComplaintCommands, ComplaintCommands>();
        services.AddSingleton<IComplaintQueries, ComplaintQueries>();
        services.AddSingleton<IStaffQueries, StaffQueries>();
        services.AddSingleton<IDashboardQueries, DashboardQueries>();
        services.AddSingleton<IQueueQueries, QueueQueries>();
        services.AddSingleton(sp => new HotspotAnalyzer(sp.GetRequiredService<IOptions<HotspotOptions>>().Value, sp.GetRequiredService<IOptions<BatchOptions>>().Value));
        services.AddSingleton<ITopicStore, TopicStore>();
        services.AddSingleton<ITopicQueries, TopicQueries>();
        services.AddSingleton<ITopicCommands, TopicCommands>();
        services.AddSingleton<IModelLease, ModelLeases>();
        services.AddSingleton<IOutcomeQueries, OutcomeQueries>();
        services.AddSupervision();
        services.AddComplaintOpsCases();
        services.AddGovernance();
        services.AddSingleton<CaseTextIndex>();
        services.AddSingleton<ICaseLibraryQueries, CaseLibraryQueries>();
        services.AddSingleton<ICaseLibraryCommands, CaseLibraryCommands>();
        services.AddSingleton<IPersonalDataAccess, PersonalDataReveal>();
        services.AddSingleton<IAccessLogQueries, AccessLogQueries>();
        services.AddSingleton<HistoryVerifier>();
        services.AddSingleton<IApiClients, ApiClients>();
        services.AddSingleton<IRoleAdministration, RoleAdministration>();
        services.AddSingleton<IStaffAdministration, StaffAdministration>();
        services.AddSingleton<IAdminAuditLog, AdminAuditLog>();
        services.AddNotices();
        services.AddReports();
        services.AddSingleton<DemoDataSeeder>();
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    private static IServiceCollection AddProviderContext<TContext>(this IServiceCollection services, DatabaseOptions database)
        where TContext : ComplaintOpsDbContext
    {
        services.AddPooledDbContextFactory<TContext>((sp, options) =>
        {
            ProviderSetup.Use(options, database.Provider, database.ConnectionString, sp.GetRequiredService<PersonalDataProtection>());
            options.AddInterceptors(sp.GetRequiredService<DomainEventDispatchInterceptor>());
        });
        services.AddSingleton<IDbContextFactory<ComplaintOpsDbContext>>(sp =>
            new ComplaintOpsDbContextFactory<TContext>(sp.GetRequiredService<IDbContextFactory<TContext>>()));
        // ASP.NET Core Identity's stores want a scoped context; it comes from the same pool.
        services.AddScoped<ComplaintOpsDbContext>(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
        return services;
    }

    // The key is required in every environment: Development and the tests supply a development key, so a deployment
    // without one fails at start-up with AuditOptionsValidator's message instead of sealing history with a known key.
    private static void AddHistorySeal(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<AuditOptions>, AuditOptionsValidator>();
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.SectionName).ValidateOnStart();
        services.AddSingleton(sp => HistorySeal.FromBase64(sp.GetRequiredService<IOptions<AuditOptions>>().Value.HistoryKey!.Trim()));
    }

    // Same rule as the history key: required everywhere, supplied by Development and the tests.
    private static void AddPersonalDataProtection(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<PersonalDataOptions>, PersonalDataOptionsValidator>();
        services.AddOptions<PersonalDataOptions>().BindConfiguration(PersonalDataOptions.SectionName).ValidateOnStart();
        services.AddSingleton(sp => PersonalDataLookup.FromBase64(sp.GetRequiredService<IOptions<PersonalDataOptions>>().Value.LookupKey!));
        services.AddSingleton(sp => PersonalDataProtection.Create(sp.GetRequiredService<IDataProtectionProvider>(), sp.GetRequiredService<PersonalDataLookup>()));
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
