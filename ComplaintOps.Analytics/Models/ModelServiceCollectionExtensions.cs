using ComplaintOps.Analytics.Suggestions;
using ComplaintOps.Data.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Analytics.Models;

public static class ModelServiceCollectionExtensions
{
    /// <summary>
    /// The trained models: their files (<paramref name="contentRoot"/> + <c>Analytics:Training:ModelDirectory</c>), the current
    /// set, training, cluster assignment of new complaints, and classification suggestions.
    /// </summary>
    public static IServiceCollection AddComplaintModels(this IServiceCollection services, string contentRoot)
    {
        services.AddOptions<ModelTrainingOptions>().BindConfiguration(ModelTrainingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new ModelStore(Path.Combine(contentRoot, sp.GetRequiredService<IOptions<ModelTrainingOptions>>().Value.ModelDirectory)));
        services.AddSingleton<CurrentModels>();
        services.AddSingleton<ModelTraining>();
        services.AddSingleton<IModelTrainingControl>(sp => sp.GetRequiredService<ModelTraining>());
        services.AddSingleton<ClusterAssignmentQueue>();
        services.AddSingleton<IDomainEventPublisher>(sp => sp.GetRequiredService<ClusterAssignmentQueue>());
        services.AddSingleton<IClassificationSuggester, ClassificationSuggester>();
        return services;
    }
}
