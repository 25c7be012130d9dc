using ComplaintOps.Analytics.Models;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Analytics;

/// <summary>The analytics module's composition; the web host adds the background training service on top.</summary>
public static class AnalyticsServiceCollectionExtensions
{
    /// <summary>Registers the analytics services; model files live under <paramref name="contentRoot"/>.</summary>
    public static IServiceCollection AddComplaintOpsAnalytics(this IServiceCollection services, string contentRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        services.AddComplaintModels(contentRoot);
        return services;
    }
}
