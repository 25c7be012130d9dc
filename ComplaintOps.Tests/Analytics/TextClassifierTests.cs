using ComplaintOps.Analytics.Classification;
using ComplaintOps.Analytics.Evaluation;

namespace ComplaintOps.Tests.Analytics;

public sealed class TextClassifierTests
{
    private static readonly Lazy<(TextClassifier Classifier, List<string> Texts)> Trained = new(() =>
    {
        var (texts, labels) = PlantedTopics.Generate(30, seed: 3);
        var names = labels.Select(l => "topic" + l).ToList();
        return (TextClassifier.Train(texts, names, new TextClassifierOptions()), texts);
    });

    [Fact]
    public void Suggests_the_category_of_a_clear_text_with_high_confidence()
    {
        var suggestion = Trained.Value.Classifier.Suggest("宽带断网 router outage 网速很慢");

        Assert.Equal("topic3", suggestion.Label);
        Assert.True(suggestion.Confidence > 0.5);
        Assert.Equal(3, suggestion.Alternatives.Count);
        Assert.True(suggestion.Alternatives[0].Probability <= suggestion.Confidence);
        Assert.Equal(5, Trained.Value.Classifier.Classes.Count);
    }

    [Fact]
    public void The_engine_pool_gives_the_same_answers_under_parallel_use()
    {
        var (classifier, texts) = Trained.Value;
        var sequential = texts.Select(t => classifier.Suggest(t)).ToList();

        var parallel = new Suggestion[texts.Count];
        Parallel.For(0, texts.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            parallel[i % texts.Count] = classifier.Suggest(texts[i % texts.Count]));

        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(sequential[i].Label, parallel[i].Label);
            Assert.Equal(sequential[i].Confidence, parallel[i].Confidence, 6);
        }
    }

    [Fact]
    public void Saved_classifier_loads_and_predicts_the_same()
    {
        var (classifier, texts) = Trained.Value;
        var dir = Directory.CreateTempSubdirectory("classifier-").FullName;
        try
        {
            classifier.Save(dir);
            var loaded = TextClassifier.Load(dir);

            Assert.Equal(classifier.Classes, loaded.Classes);
            Assert.All(texts.Take(20), t => Assert.Equal(classifier.Suggest(t).Label, loaded.Suggest(t).Label));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Training_needs_two_labels()
    {
        Assert.Throws<ArgumentException>(() => TextClassifier.Train(["a b", "c d"], ["x", "x"], new TextClassifierOptions(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Banking77_subsample_is_classified_far_above_chance()
    {
        var data = LabeledTextsReader.Read(SharedData.Banking77, "text", "category", null);
        var keep = data.Labels.Distinct().Take(15).ToHashSet();
        var rows = data.Texts.Zip(data.Labels).Where(r => keep.Contains(r.Second)).ToList();
        var train = rows.Where((_, i) => i % 5 != 0).ToList();
        var test = rows.Where((_, i) => i % 5 == 0).ToList();

        var classifier = TextClassifier.Train(train.Select(r => r.First).ToList(), train.Select(r => r.Second).ToList(), new TextClassifierOptions(), TestContext.Current.CancellationToken);
        var predicted = test.Select(r => classifier.Suggest(r.First).Label).ToList();

        Assert.True(ClassificationMetrics.Accuracy(test.Select(r => r.Second).ToList(), predicted) > 0.7);   // chance ≈ 0.07
    }
}
