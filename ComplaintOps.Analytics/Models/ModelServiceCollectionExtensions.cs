using ComplaintOps.Analytics.Representation;
using ComplaintOps.Analytics.Suggestions;
using ComplaintOps.Analytics.Topics;
using ComplaintOps.Data.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintOps.Analytics.Models;

public static class ModelServiceCollectionExtensions
{
    /// <summary>
    /// The trained models: the sentence encoder (one per process), the set in use, training under the shared lease, loading
    /// what the registry publishes, placing new complaints (after commit) and emerging topics, and classification suggestions.
    /// </summary>
    public static IServiceCollection AddComplaintModels(this IServiceCollection services)
    {
        services.AddOptions<ModelTrainingOptions>().BindConfiguration(ModelTrainingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EmergingOptions>().BindConfiguration("Analytics:Emerging");
        services.TryAddSingleton<ISentenceEmbedder>(_ => SentenceEmbedder.Shared);
        services.TryAddSingleton<ILabelWords, SegmentedLabelWords>();
        services.AddSingleton<ModelInstance>();
        services.AddSingleton<CurrentModels>();
        services.AddSingleton<ModelTraining>();
        services.AddSingleton<IModelTrainingControl>(sp => sp.GetRequiredService<ModelTraining>());
        services.AddSingleton<TopicPlacementQueue>();
        services.AddSingleton<IDomainEventPublisher>(sp => sp.GetRequiredService<TopicPlacementQueue>());
        services.AddSingleton<EmergingTopics>();
        services.AddSingleton<TopicPlacing>();
        services.AddSingleton<IClassificationSuggester, ClassificationSuggester>();
        return services;
    }
}
