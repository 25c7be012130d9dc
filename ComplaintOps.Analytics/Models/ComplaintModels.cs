using System.Globalization;
using ComplaintOps.Analytics.Classification;
using ComplaintOps.Analytics.Topics;

namespace ComplaintOps.Analytics.Models;

/// <summary>
/// One trained, published set of models: the topic model and, when there was enough labelled history, the category and
/// severity classifiers. <see cref="Number"/> is the registry's version number, the same on every instance. Immutable and
/// thread-safe; replaced as a whole when a newer version is published.
/// </summary>
public sealed record ComplaintModels(
    int Number, DateTimeOffset TrainedAtUtc, int TrainedOn, TopicModel Topics, TextClassifier? Categories, TextClassifier? Severities)
{
    /// <summary>The version's name, <c>v5</c>.</summary>
    public string Version => "v" + Number.ToString(CultureInfo.InvariantCulture);
}
