using System.Globalization;
using System.Text.Json;
using ComplaintOps.Analytics.Classification;
using ComplaintOps.Analytics.Representation;
using ComplaintOps.Analytics.Topics;
using ComplaintOps.Data.Features.Topics;

namespace ComplaintOps.Analytics.Models;

/// <summary>Trains one model version from complaint history: topics carried on from the stored ones, classifiers from the classified complaints.</summary>
public static class ComplaintModelTrainer
{
    /// <summary>The models, the topics' fates, every training complaint's placement, new sentence vectors, and the registry's parameters and quality (JSON).</summary>
    public sealed record Result(
        ComplaintModels Models, IReadOnlyList<TopicOutcome> Topics, IReadOnlyList<TopicPlacement> Placements,
        IReadOnlyList<KeyValuePair<Guid, float[]>> NewEmbeddings, string Parameters, string Quality);

    public static Result Train(
        IReadOnlyList<ComplaintText> complaints, TopicTrainingInput topics, ModelTrainingOptions options, int number, DateTimeOffset now,
        ISentenceEmbedder embedder, Func<string, IReadOnlyList<string>> words, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentNullException.ThrowIfNull(options);
        if (complaints.Count < options.MinComplaints)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Training needs at least {options.MinComplaints} complaints; there are {complaints.Count}."));
        }

        var topicOptions = new TopicTrainingOptions { ClusterCount = options.ClusterCount, MaxClusterCount = options.MaxClusterCount };
        var trained = TopicTraining.Train(topics, topicOptions, embedder, words, cancellationToken);
        var texts = topics.Complaints.Select(c => c.Text).ToList();
        var categories = Classifier(complaints, texts, c => c.Category, options, cancellationToken);
        var severities = Classifier(complaints, texts, c => c.Severity?.ToString(), options, cancellationToken);
        var models = new ComplaintModels(number, now, complaints.Count, trained.Model, categories, severities);
        var parameters = JsonSerializer.Serialize(new { topics = topicOptions, spaces = trained.Report.Select(r => new { r.Space, r.Representation, r.Seeds }) });
        var quality = JsonSerializer.Serialize(trained.Report);
        return new Result(models, trained.Outcomes, trained.Placements, trained.NewEmbeddings, parameters, quality);
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
