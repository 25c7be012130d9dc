using ComplaintOps.Analytics.Clustering;
using ComplaintOps.Analytics.Models;
using ComplaintOps.Analytics.Representation;

namespace ComplaintOps.Tests.Analytics.Models;

public sealed class ModelStoreTests : IDisposable
{
    private static readonly string[] Texts =
    [
        .. Enumerable.Range(0, 20).Select(i => $"信用卡年费被重复扣收 第{i}次 要求退还年费"),
        .. Enumerable.Range(0, 20).Select(i => $"mobile banking app login fails after update number {i}"),
    ];

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"complaintops-store-test-{Guid.NewGuid():N}");

    private static ComplaintModels Models(string version) =>
        new(version, DateTimeOffset.UnixEpoch, Texts.Length, TopicModelTrainer.Train(Texts, new TopicModelOptions { ClusterCount = 2, Featurizer = LsaFeaturizerOptions.EnglishLong with { Dimensions = 8 } }).Model, null, null);

    [Fact]
    public void The_newest_complete_version_loads_and_half_written_ones_are_ignored()
    {
        var store = new ModelStore(_root);
        store.Save(Models(store.NextVersion()));
        store.Save(Models(store.NextVersion()));
        Directory.CreateDirectory(Path.Combine(_root, "v3"));                    // crashed before its manifest
        Directory.CreateDirectory(Path.Combine(_root, ".v4.0123.tmp"));          // crashed before the rename

        var latest = store.LoadLatest();

        Assert.NotNull(latest);
        Assert.Equal("v2", latest.Version);
        Assert.Equal(["v1", "v2"], store.List());
        Assert.Equal(2, latest.Topics.Clusters.Count);
        Assert.Null(latest.Categories);
    }

    [Fact]
    public void Older_versions_beyond_the_kept_number_are_deleted_and_a_version_is_never_overwritten()
    {
        var store = new ModelStore(_root, keep: 2);
        for (var i = 0; i < 3; i++)
        {
            store.Save(Models(store.NextVersion()));
        }

        Assert.Equal(["v2", "v3"], store.List());
        Assert.Equal("v4", store.NextVersion());
        Assert.Throws<InvalidOperationException>(() => store.Save(Models("v3")));
        Assert.Equal(["v2", "v3"], store.List());
    }

    [Fact]
    public void An_empty_store_has_no_model()
    {
        Assert.Null(new ModelStore(_root).LoadLatest());
        Assert.Equal("v1", new ModelStore(_root).NextVersion());
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
