using System.Text.Json.Nodes;
using ComplaintOps.Analytics.Evaluation;
using ComplaintOps.Analytics.Representation;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Tests.Analytics.Representation;

public sealed class SpaceFeaturizerTests : IDisposable
{
    private static readonly Lazy<IReadOnlyList<string>> Chinese = new(() =>
        [.. LabeledTextsReader.Read(SharedData.ZhShopping, "text", "category", null).Texts.Take(600)]);

    private static readonly Lazy<IReadOnlyList<string>> Narratives = new(() =>
        [.. LabeledTextsReader.Read(SharedData.Cfpb, "Consumer complaint narrative", "Product", null).Texts.Take(400)]);

    private readonly string folder = Directory.CreateTempSubdirectory("featurizer-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData(TopicSpace.EnglishLong)]
    [InlineData(TopicSpace.Chinese)]
    [InlineData(TopicSpace.EnglishShort)]
    public void A_saved_featurizer_loads_and_gives_identical_vectors(TopicSpace space)
    {
        var texts = space == TopicSpace.Chinese ? Chinese.Value : Narratives.Value;
        var featurizer = SpaceFeaturizers.Fit(space, texts, 7, SentenceEmbedder.Shared, TestContext.Current.CancellationToken);

        featurizer.Save(folder);
        var loaded = SpaceFeaturizers.Load(folder, SentenceEmbedder.Shared);

        Assert.Equal(space, loaded.Space);
        Assert.Equal(featurizer.Name, loaded.Name);
        Assert.Equal(featurizer.Dimensions, loaded.Dimensions);
        foreach (var text in texts.Skip(100).Take(space == TopicSpace.EnglishShort ? 3 : 30))
        {
            Assert.Equal(featurizer.Embed(text), loaded.Embed(text));
        }
    }

    [Fact]
    public void The_Chinese_featurizer_uses_character_trigrams_and_keeps_topics_apart()
    {
        var featurizer = (LsaFeaturizer)SpaceFeaturizers.Fit(TopicSpace.Chinese, Chinese.Value, 7, SentenceEmbedder.Shared, TestContext.Current.CancellationToken);

        Assert.Equal(LsaFeaturizerOptions.Chinese.Dimensions, featurizer.Dimensions);
        Assert.Contains(featurizer.Vectorizer.Terms, t => t.Length == 3 && t.All(char.IsLetter) && t.Any(c => c > '\u4E00'));
        var screen = featurizer.Embed("屏幕很清晰，运行速度快，电池也耐用");
        var screenToo = featurizer.Embed("这款平板屏幕清晰，速度很快");
        var hotel = featurizer.Embed("酒店房间干净，服务员态度很好，早餐丰富");
        Assert.True(Dot(screen, screenToo) > Dot(screen, hotel), $"{Dot(screen, screenToo):F3} vs {Dot(screen, hotel):F3}");
    }

    [Fact]
    public void Refitting_on_other_texts_changes_the_name_so_old_vectors_are_not_mixed_in()
    {
        var a = SpaceFeaturizers.Fit(TopicSpace.EnglishLong, Narratives.Value, 7, SentenceEmbedder.Shared, TestContext.Current.CancellationToken);
        var same = SpaceFeaturizers.Fit(TopicSpace.EnglishLong, Narratives.Value, 7, SentenceEmbedder.Shared, TestContext.Current.CancellationToken);
        var other = SpaceFeaturizers.Fit(TopicSpace.EnglishLong, [.. Narratives.Value.Skip(50)], 7, SentenceEmbedder.Shared, TestContext.Current.CancellationToken);

        Assert.StartsWith("tfidf-lsa:EnglishLong@", a.Name, StringComparison.Ordinal);
        Assert.Equal(a.Name, same.Name);
        Assert.NotEqual(a.Name, other.Name);
    }

    [Fact]
    public void A_sentence_featurizer_saved_under_another_model_is_refused()
    {
        new SentenceFeaturizer(SentenceEmbedder.Shared).Save(folder);
        var manifest = Path.Combine(folder, "featurizer.json");
        var json = JsonNode.Parse(File.ReadAllText(manifest))!;
        json["Name"] = "all-MiniLM-L12-v2@1.0.0";
        File.WriteAllText(manifest, json.ToJsonString());

        var error = Assert.Throws<InvalidDataException>(() => SpaceFeaturizers.Load(folder, SentenceEmbedder.Shared));
        Assert.Contains("all-MiniLM-L12-v2", error.Message, StringComparison.Ordinal);
    }

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();
}
