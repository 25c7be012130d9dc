using ComplaintOps.Analytics.Classification;
using ComplaintOps.Analytics.Clustering;

namespace ComplaintOps.Analytics.Models;

/// <summary>
/// One trained, versioned set of models: the topic clustering and, when there was enough labelled history, the category
/// and severity classifiers. Immutable and thread-safe; replaced as a whole when a retraining finishes.
/// </summary>
public sealed record ComplaintModels(
    string Version, DateTimeOffset TrainedAtUtc, int TrainedOn, TopicModel Topics, TextClassifier? Categories, TextClassifier? Severities);
