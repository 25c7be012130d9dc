using System.Globalization;
using System.Text.Json;

namespace ComplaintOps.Analytics.Models;

/// <summary>
/// Versioned model files under one directory: each save goes to a temporary directory, gets its manifest last and is then
/// renamed to <c>v{N}</c> in one step, so readers never see a half-written model; the newest complete version is loaded
/// and the last <see cref="Keep"/> versions are kept for rollback. Safe for concurrent readers; saves are serialised.
/// </summary>
public sealed class ModelStore
{
    /// <summary>The manifest file name inside a version directory.</summary>
    public const string ManifestFile = "manifest.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly Lock saveLock = new();
    private readonly TimeProvider clock;

    /// <summary>A store rooted at <paramref name="directory"/> (created when missing).</summary>
    public ModelStore(string directory, TimeProvider clock, int keep = 3)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        Directory = Path.GetFullPath(directory);
        this.clock = clock;
        Keep = keep;
    }

    /// <summary>Root directory of this store.</summary>
    public string Directory { get; }

    /// <summary>How many complete versions are kept.</summary>
    public int Keep { get; }

    /// <summary>
    /// Saves a new version: <paramref name="writeFiles"/> writes the model files into the directory it is given; the
    /// manifest (with the new version number and training time filled in) is added, then the version is published.
    /// </summary>
    public ModelManifest Save(ModelManifest manifest, Action<string> writeFiles)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(writeFiles);
        lock (saveLock)
        {
            System.IO.Directory.CreateDirectory(Directory);
            var temp = Path.Combine(Directory, ".tmp-" + Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(temp);
            try
            {
                writeFiles(temp);
                var version = Math.Max(0, AllVersions().DefaultIfEmpty().Max()) + 1;
                var saved = manifest with { Version = version, TrainedAtUtc = clock.GetUtcNow() };
                File.WriteAllText(Path.Combine(temp, ManifestFile), JsonSerializer.Serialize(saved, Json));
                System.IO.Directory.Move(temp, VersionDirectory(version));
                Prune();
                return saved;
            }
            catch
            {
                if (System.IO.Directory.Exists(temp)) System.IO.Directory.Delete(temp, recursive: true);
                throw;
            }
        }
    }

    /// <summary>The newest complete version's manifest, or null when none is saved.</summary>
    public ModelManifest? Latest() => CompleteVersions().Select(ReadManifest).FirstOrDefault(m => m is not null);

    /// <summary>Complete versions, newest first.</summary>
    public IReadOnlyList<ModelManifest> Versions() => CompleteVersions().Select(ReadManifest).OfType<ModelManifest>().ToList();

    /// <summary>Loads the newest complete version with <paramref name="load"/> (given its directory), or null when none exists.</summary>
    public (ModelManifest Manifest, T Model)? LoadLatest<T>(Func<string, T> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var latest = Latest();
        return latest is null ? null : (latest, load(VersionDirectory(latest.Version)));
    }

    /// <summary>Directory of a version.</summary>
    public string VersionDirectory(int version) => Path.Combine(Directory, "v" + version.ToString(CultureInfo.InvariantCulture));

    private IEnumerable<int> AllVersions() =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.EnumerateDirectories(Directory, "v*")
                .Select(d => int.TryParse(Path.GetFileName(d).AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1)
                .Where(v => v > 0)
            : [];

    private IEnumerable<int> CompleteVersions() =>
        AllVersions().Where(v => File.Exists(Path.Combine(VersionDirectory(v), ManifestFile))).OrderDescending();

    private ModelManifest? ReadManifest(int version)
    {
        try
        {
            return JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(Path.Combine(VersionDirectory(version), ManifestFile)), Json);
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return null;
        }
    }

    private void Prune()
    {
        foreach (var old in CompleteVersions().Skip(Keep).ToList())
        {
            try
            {
                System.IO.Directory.Delete(VersionDirectory(old), recursive: true);
            }
            catch (IOException)
            {
                // A reader may still hold a file open (Windows); the next save tries again.
            }
        }
    }
}
