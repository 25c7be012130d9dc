using ComplaintOps.Analytics.CaseLibrary;
using ComplaintOps.Analytics.Effectiveness;
using ComplaintOps.Analytics.Models;
using ComplaintOps.Analytics.Representation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintOps.Analytics;

/// <summary>The analytics module's composition (needs AddComplaintOpsData); the web host adds the background training service.</summary>
public static class AnalyticsServiceCollectionExtensions
{
    /// <summary>
    /// Trained models (published in the shared database), the case library, cost and effectiveness reports. (Hotspot
    /// and batch detection is plain statistics beside the domain: AddComplaintOpsData registers it.)
    /// </summary>
    public static IServiceCollection AddComplaintOpsAnalytics(this IServiceCollection services)
    {
        services.AddComplaintModels();
        services.TryAddSingleton<ITextEmbedder>(_ => new HashedTextEmbedder());
        services.AddSingleton(sp => new SimilarCaseIndex(sp.GetRequiredService<ITextEmbedder>().Dimensions));
        services.AddSingleton<ICaseLibrary, CaseLibraryService>();
        services.AddOptions<CostOptions>().BindConfiguration(CostOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EffectivenessOptions>().BindConfiguration(EffectivenessOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IEffectivenessReports, EffectivenessReports>();
        services.AddSingleton<Reports.MonthlyReports>();
        return services;
    }
}
