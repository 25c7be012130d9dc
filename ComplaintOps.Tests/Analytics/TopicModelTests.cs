using ComplaintOps.Analytics.Clustering;
using ComplaintOps.Analytics.Representation;
using ComplaintOps.Analytics.Evaluation;

namespace ComplaintOps.Tests.Analytics;

public sealed class TopicModelTests
{
    private static readonly Lazy<(TopicModelTrainingResult Result, List<string> Texts, List<int> Labels)> Trained = new(() =>
    {
        var (texts, labels) = PlantedTopics.Generate(40, seed: 1);
        var result = TopicModelTrainer.Train(texts, new TopicModelOptions { Featurizer = LsaFeaturizerOptions.EnglishLong with { Dimensions = 20 }, MaxClusterCount = 10 });
        return (result, texts, labels);
    });

    [Fact]
    public void Automatic_k_finds_the_planted_topics()
    {
        var (result, _, labels) = Trained.Value;

        Assert.Equal(PlantedTopics.Topics.Length, result.Model.Clusters.Count);
        Assert.True(ClusteringMetrics.NormalizedMutualInformation(labels, result.Assignments) > 0.9);
        Assert.Equal(result.ClusterCountScores.MaxBy(p => p.Value).Key, result.Model.Clusters.Count);
    }

    [Fact]
    public void Clusters_have_readable_labels_sizes_and_quality()
    {
        var (result, texts, _) = Trained.Value;

        Assert.Equal(texts.Count, result.Model.Clusters.Sum(c => c.Size));
        Assert.All(result.Model.Clusters, c =>
        {
            Assert.NotEmpty(c.TopTerms);
            Assert.InRange(c.Quality, 0.1, 1);
            Assert.DoesNotContain(c.TopTerms, t => t.Any(char.IsDigit));
        });
        foreach (var topic in PlantedTopics.Topics)
        {
            Assert.Contains(result.Model.Clusters, c => c.TopTerms.Count(t => topic.Any(w => w.Contains(t, StringComparison.Ordinal))) >= 2);
        }
    }

    [Fact]
    public void A_new_complaint_is_assigned_to_the_cluster_of_its_topic()
    {
        var (result, _, labels) = Trained.Value;
        var loanCluster = result.Assignments[labels.IndexOf(1)];

        var assignment = result.Model.Assign("提前还款 利息太高 loan repayment penalty");

        Assert.Equal(loanCluster, assignment.ClusterId);
        Assert.True(assignment.Similarity > 0.5);
        Assert.InRange(assignment.Confidence, 0.0, 1.0);
    }

    [Fact]
    public void Embeddings_are_unit_length_and_similar_texts_are_close()
    {
        var model = Trained.Value.Result.Model;
        var a = model.Embed("快递丢件 parcel lost");
        var b = model.Embed("courier delivery 延误 签收");
        var c = model.Embed("宽带断网 router outage");

        Assert.Equal(model.Dimensions, a.Length);
        Assert.Equal(1, Math.Sqrt(a.Sum(x => x * x)), 3);
        Assert.True(Dot(a, b) > Dot(a, c) + 0.3);
    }

    [Fact]
    public void Saved_model_loads_and_assigns_the_same()
    {
        var model = Trained.Value.Result.Model;
        var dir = Directory.CreateTempSubdirectory("topics-").FullName;
        try
        {
            model.Save(dir);
            var loaded = TopicModel.Load(dir);

            Assert.Equal(model.Clusters, loaded.Clusters, (x, y) => x.Id == y.Id && x.Label == y.Label && x.Size == y.Size);
            foreach (var text in Trained.Value.Texts.Take(30))
            {
                Assert.Equal(model.Assign(text), loaded.Assign(text));
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Fixed_k_is_respected()
    {
        var (texts, _) = PlantedTopics.Generate(20, seed: 2);

        var result = TopicModelTrainer.Train(texts, new TopicModelOptions { ClusterCount = 3, Featurizer = LsaFeaturizerOptions.EnglishLong with { Dimensions = 10 } }, TestContext.Current.CancellationToken);

        Assert.Equal(3, result.Model.Clusters.Count);
        Assert.Empty(result.ClusterCountScores);
    }

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();
}
