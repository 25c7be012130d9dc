using ComplaintOps.Data.Persistence;
using StackExchange.Redis;

namespace ComplaintOps.Web.Realtime;

public static class RealtimeServiceCollectionExtensions
{
    /// <summary>The live path: publisher after commit → event bus → aggregator → circuits and the /hubs/ops hub.</summary>
    public static IServiceCollection AddRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RealtimeOptions.SectionName).Get<RealtimeOptions>() ?? new RealtimeOptions();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<RealtimeOptions>, RealtimeOptionsValidator>();
        services.AddOptions<RealtimeOptions>().BindConfiguration(RealtimeOptions.SectionName).ValidateOnStart();
        services.AddSingleton<InstanceIdentity>();
        services.AddSingleton<DashboardAggregator>();
        services.AddHostedService<DashboardAggregatorService>();
        services.AddSingleton<IDomainEventPublisher, DashboardEventPublisher>();
        var signalR = services.AddSignalR();
        if (string.IsNullOrWhiteSpace(options.Redis))
        {
            services.AddSingleton<IDashboardEventBus, InMemoryDashboardEventBus>();
        }
        else
        {
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options.Redis));
            services.AddSingleton<IDashboardEventBus, RedisDashboardEventBus>();
            signalR.AddStackExchangeRedis(options.Redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("complaintops"));
        }

        return services;
    }

    /// <summary>Runs before authentication: a foreign page's request is refused before its cookie is looked at.</summary>
    public static IApplicationBuilder UseHubOriginCheck(this IApplicationBuilder app) => app.UseMiddleware<HubOriginCheck>();

    /// <summary>The hub's policy (session with ViewDashboard, or a wallboard key) is on <see cref="DashboardHub"/> itself.</summary>
    public static void MapRealtime(this IEndpointRouteBuilder app) => app.MapHub<DashboardHub>(DashboardHub.Path);
}
