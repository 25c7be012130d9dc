using System.Globalization;
using System.Text.Json;
using ComplaintOps.Analytics.Classification;
using ComplaintOps.Analytics.Clustering;

namespace ComplaintOps.Analytics.Models;

/// <summary>
/// Model versions as folders <c>v1</c>, <c>v2</c>, … under one directory. A version is written into a temporary folder and
/// renamed into place only when complete (its manifest is the last file), so a crash mid-write never yields a loadable
/// half model; the newest <see cref="Keep"/> versions are kept, older ones deleted.
/// </summary>
public sealed class ModelStore(string directory, int keep = 3)
{
    private const string ManifestFile = "manifest.json";
    private const string TopicsFolder = "topics";
    private const string CategoriesFolder = "categories";
    private const string SeveritiesFolder = "severities";

    public string Directory { get; } = Path.GetFullPath(directory);

    public int Keep { get; } = keep > 0 ? keep : throw new ArgumentOutOfRangeException(nameof(keep));

    /// <summary>The version name the next <see cref="Save"/> should use.</summary>
    public string NextVersion() => "v" + ((Versions().Select(v => v.Number).DefaultIfEmpty(0).Max() + 1).ToString(CultureInfo.InvariantCulture));

    /// <summary>Complete versions, oldest first.</summary>
    public IReadOnlyList<string> List() => [.. Versions().Select(v => v.Name)];

    public void Save(ComplaintModels models)
    {
        ArgumentNullException.ThrowIfNull(models);
        var target = Path.Combine(Directory, models.Version);
        if (System.IO.Directory.Exists(target))
        {
            throw new InvalidOperationException($"Model version {models.Version} already exists.");
        }

        var temp = Path.Combine(Directory, $".{models.Version}.{Guid.NewGuid():N}.tmp");
        System.IO.Directory.CreateDirectory(temp);
        try
        {
            models.Topics.Save(System.IO.Directory.CreateDirectory(Path.Combine(temp, TopicsFolder)).FullName);
            models.Categories?.Save(System.IO.Directory.CreateDirectory(Path.Combine(temp, CategoriesFolder)).FullName);
            models.Severities?.Save(System.IO.Directory.CreateDirectory(Path.Combine(temp, SeveritiesFolder)).FullName);
            var manifest = new ModelManifest(models.Version, models.TrainedAtUtc, models.TrainedOn, models.Topics.Clusters.Count,
                models.Categories is not null, models.Severities is not null);
            File.WriteAllText(Path.Combine(temp, ManifestFile), JsonSerializer.Serialize(manifest));
            System.IO.Directory.Move(temp, target);
        }
        catch
        {
            System.IO.Directory.Delete(temp, recursive: true);
            throw;
        }

        Prune();
    }

    /// <summary>The newest complete version, or null when none has been saved.</summary>
    public ComplaintModels? LoadLatest()
    {
        foreach (var version in Enumerable.Reverse(Versions()))
        {
            var folder = Path.Combine(Directory, version.Name);
            var manifest = JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(Path.Combine(folder, ManifestFile)));
            if (manifest is null)
            {
                continue;
            }

            return new ComplaintModels(manifest.Version, manifest.TrainedAtUtc, manifest.TrainedOn,
                TopicModel.Load(Path.Combine(folder, TopicsFolder)),
                manifest.HasCategories ? TextClassifier.Load(Path.Combine(folder, CategoriesFolder)) : null,
                manifest.HasSeverities ? TextClassifier.Load(Path.Combine(folder, SeveritiesFolder)) : null);
        }

        return null;
    }

    private void Prune()
    {
        foreach (var old in Versions().SkipLast(Keep))
        {
            System.IO.Directory.Delete(Path.Combine(Directory, old.Name), recursive: true);
        }
    }

    private List<(string Name, int Number)> Versions()
    {
        var versions = new List<(string Name, int Number)>();
        if (!System.IO.Directory.Exists(Directory))
        {
            return versions;
        }

        foreach (var path in System.IO.Directory.EnumerateDirectories(Directory))
        {
            var name = Path.GetFileName(path);
            if (name.Length > 1 && name[0] == 'v' && int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && File.Exists(Path.Combine(path, ManifestFile)))
            {
                versions.Add((name, number));
            }
        }

        return [.. versions.OrderBy(v => v.Number)];
    }
}
