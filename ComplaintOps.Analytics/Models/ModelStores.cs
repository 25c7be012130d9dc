using Microsoft.Extensions.Options;

namespace ComplaintOps.Analytics.Models;

/// <summary>The model stores of the application, one per kind of model, under <see cref="AnalyticsOptions.ModelDirectory"/>.</summary>
public sealed class ModelStores(IOptions<AnalyticsOptions> options, TimeProvider clock)
{
    /// <summary>Complaint clusterings (<see cref="Clustering.TopicModel"/>).</summary>
    public ModelStore Topics { get; } = Create(options.Value, clock, "topics");

    /// <summary>Category suggestion (<see cref="Classification.TextClassifier"/>).</summary>
    public ModelStore Categories { get; } = Create(options.Value, clock, "category");

    /// <summary>Severity suggestion (<see cref="Classification.TextClassifier"/>).</summary>
    public ModelStore Severities { get; } = Create(options.Value, clock, "severity");

    private static ModelStore Create(AnalyticsOptions options, TimeProvider clock, string kind) =>
        new(Path.Combine(options.ModelDirectory, kind), clock, options.KeepVersions);
}
