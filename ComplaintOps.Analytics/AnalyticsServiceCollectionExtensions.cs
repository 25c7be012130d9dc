using ComplaintOps.Analytics.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintOps.Analytics;

/// <summary>Registers the analytics building blocks; the web host adds training jobs and intake hooks on top.</summary>
public static class AnalyticsServiceCollectionExtensions
{
    /// <summary>Binds <see cref="AnalyticsOptions"/> and registers the model stores.</summary>
    public static IServiceCollection AddComplaintOpsAnalytics(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AnalyticsOptions>().Bind(configuration.GetSection(AnalyticsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ModelStores>();
        return services;
    }
}
