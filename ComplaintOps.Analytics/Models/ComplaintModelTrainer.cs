using System.Globalization;
using ComplaintOps.Analytics.Classification;
using ComplaintOps.Analytics.Clustering;
using ComplaintOps.Data.Features.Topics;

namespace ComplaintOps.Analytics.Models;

/// <summary>Trains one model version from complaint history: topic clusters for all, classifiers from the classified ones.</summary>
public static class ComplaintModelTrainer
{
    /// <summary>The models and the cluster of every training complaint (complaint id → cluster id).</summary>
    public sealed record Result(ComplaintModels Models, IReadOnlyList<KeyValuePair<Guid, int>> Assignments);

    public static Result Train(IReadOnlyList<ComplaintText> complaints, ModelTrainingOptions options, string version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentNullException.ThrowIfNull(options);
        if (complaints.Count < options.MinComplaints)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Training needs at least {options.MinComplaints} complaints; there are {complaints.Count}."));
        }

        var texts = complaints.Select(ComplaintTextForModels.Of).ToList();
        var topics = TopicModelTrainer.Train(texts, new TopicModelOptions
        {
            ClusterCount = options.ClusterCount,
            MaxClusterCount = Math.Min(options.MaxClusterCount, Math.Max(2, complaints.Count / 10)),
        }, cancellationToken);
        var categories = Classifier(complaints, texts, c => c.Category, options, cancellationToken);
        var severities = Classifier(complaints, texts, c => c.Severity?.ToString(), options, cancellationToken);
        var assignments = complaints.Select((c, i) => KeyValuePair.Create(c.Id, topics.Assignments[i])).ToList();
        return new Result(new ComplaintModels(version, now, complaints.Count, topics.Model, categories, severities), assignments);
    }

    private static TextClassifier? Classifier(
        IReadOnlyList<ComplaintText> complaints, List<string> texts, Func<ComplaintText, string?> label, ModelTrainingOptions options, CancellationToken cancellationToken)
    {
        var labelled = complaints.Select((c, i) => (Label: label(c), Text: texts[i])).Where(x => x.Label is not null).ToList();
        if (labelled.Count < options.MinLabelled || labelled.Select(x => x.Label).Distinct().Count() < 2)
        {
            return null;
        }

        return TextClassifier.Train([.. labelled.Select(x => x.Text)], [.. labelled.Select(x => x.Label!)], new TextClassifierOptions(), cancellationToken);
    }
}
