using ComplaintOps.Analytics.CaseLibrary;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintOps.Analytics;

public static class AnalyticsServiceCollectionExtensions
{
    /// <summary>
    /// Text model and case library. The embedder is the hashed fallback unless an <see cref="ITextEmbedder"/> (the trained
    /// topic model) was registered first; the index takes its dimensions from whichever embedder is used.
    /// </summary>
    public static IServiceCollection AddComplaintOpsAnalytics(this IServiceCollection services)
    {
        services.TryAddSingleton<ITextEmbedder>(_ => new HashedTextEmbedder());
        services.AddSingleton(sp => new SimilarCaseIndex(sp.GetRequiredService<ITextEmbedder>().Dimensions));
        services.AddSingleton<ICaseLibrary, CaseLibraryService>();
        return services;
    }
}
