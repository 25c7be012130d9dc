using ComplaintOps.Analytics.Models;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintOps.Tests.Analytics;

public sealed class ModelStoreTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("models-").FullName;
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static ModelManifest Draft(int n) =>
        new(0, "topics", default, n, 3, new Dictionary<string, double> { ["silhouette"] = 0.4 }, ["a", "b", "c"]);

    private static Action<string> Payload(string content) => dir => File.WriteAllText(Path.Combine(dir, "model.txt"), content);

    [Fact]
    public void Save_then_load_latest_round_trips_files_and_manifest()
    {
        var store = new ModelStore(root, clock);

        var first = store.Save(Draft(10), Payload("one"));
        clock.Advance(TimeSpan.FromHours(1));
        var second = store.Save(Draft(20), Payload("two"));
        var loaded = store.LoadLatest(dir => File.ReadAllText(Path.Combine(dir, "model.txt")));

        Assert.Equal(1, first.Version);
        Assert.Equal(2, second.Version);
        Assert.NotNull(loaded);
        Assert.Equal("two", loaded.Value.Model);
        Assert.Equal(2, loaded.Value.Manifest.Version);
        Assert.Equal(20, loaded.Value.Manifest.N);
        Assert.Equal(clock.GetUtcNow(), loaded.Value.Manifest.TrainedAtUtc);
        Assert.Equal(["a", "b", "c"], loaded.Value.Manifest.Labels);
        Assert.Equal(0.4, loaded.Value.Manifest.Metrics["silhouette"]);
    }

    [Fact]
    public void A_half_written_version_is_ignored()
    {
        var store = new ModelStore(root, clock);
        store.Save(Draft(10), Payload("complete"));
        var half = Directory.CreateDirectory(Path.Combine(root, "v2"));
        File.WriteAllText(Path.Combine(half.FullName, "model.txt"), "partial");   // no manifest yet

        var loaded = store.LoadLatest(dir => File.ReadAllText(Path.Combine(dir, "model.txt")));

        Assert.Equal("complete", loaded!.Value.Model);
        Assert.Equal(3, store.Save(Draft(30), Payload("next")).Version);   // never reuses the half-written number
    }

    [Fact]
    public void A_failing_writer_publishes_nothing_and_leaves_no_temp_directory()
    {
        var store = new ModelStore(root, clock);

        Assert.Throws<InvalidOperationException>(() => store.Save(Draft(1), _ => throw new InvalidOperationException("boom")));

        Assert.Null(store.Latest());
        Assert.Empty(Directory.GetDirectories(root));
    }

    [Fact]
    public void Only_the_last_versions_are_kept()
    {
        var store = new ModelStore(root, clock, keep: 3);

        for (var i = 1; i <= 5; i++) store.Save(Draft(i), Payload(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal([5, 4, 3], store.Versions().Select(v => v.Version));
        Assert.False(Directory.Exists(store.VersionDirectory(2)));
    }

    [Fact]
    public void An_empty_store_has_no_latest_model()
    {
        var store = new ModelStore(Path.Combine(root, "none"), clock);

        Assert.Null(store.Latest());
        Assert.Null(store.LoadLatest(_ => 1));
    }
}
