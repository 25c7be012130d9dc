using ComplaintOps.Analytics.Effectiveness;
using ComplaintOps.Analytics.Hotspots;
using ComplaintOps.Data.Features.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintOps.Analytics;

public static class AnalyticsServiceCollectionExtensions
{
    /// <summary>Hotspot and batch detection for the dashboard, cost and effectiveness reports. Needs AddComplaintOpsData.</summary>
    public static IServiceCollection AddComplaintOpsAnalytics(this IServiceCollection services)
    {
        services.AddOptions<HotspotOptions>().BindConfiguration(HotspotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BatchOptions>().BindConfiguration(BatchOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CostOptions>().BindConfiguration(CostOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EffectivenessOptions>().BindConfiguration(EffectivenessOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IHotspotAnalyzer, DashboardHotspotAnalyzer>();
        services.AddSingleton<IEffectivenessReports, EffectivenessReports>();
        return services;
    }
}
