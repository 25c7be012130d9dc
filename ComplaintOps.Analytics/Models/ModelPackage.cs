using System.IO.Compression;
using System.Text.Json;
using ComplaintOps.Analytics.Classification;
using ComplaintOps.Analytics.Representation;
using ComplaintOps.Analytics.Topics;

namespace ComplaintOps.Analytics.Models;

/// <summary>
/// One model version as a single zip — the bytes the registry stores in the shared database, so every instance loads exactly
/// what the trainer published. Inside: one folder per model plus <c>manifest.json</c>. Packing goes through a temporary folder
/// because the ML.NET and vocabulary writers work on files.
/// </summary>
public static class ModelPackage
{
    private const string ManifestFile = "manifest.json";
    private const string TopicsFolder = "topics";
    private const string CategoriesFolder = "categories";
    private const string SeveritiesFolder = "severities";

    public static byte[] Pack(ComplaintModels models)
    {
        ArgumentNullException.ThrowIfNull(models);
        var temp = Directory.CreateTempSubdirectory("complaintops-model-");
        try
        {
            models.Topics.Save(Directory.CreateDirectory(Path.Combine(temp.FullName, TopicsFolder)).FullName);
            models.Categories?.Save(Directory.CreateDirectory(Path.Combine(temp.FullName, CategoriesFolder)).FullName);
            models.Severities?.Save(Directory.CreateDirectory(Path.Combine(temp.FullName, SeveritiesFolder)).FullName);
            var manifest = new ModelManifest(models.Number, models.TrainedAtUtc, models.TrainedOn, models.Categories is not null, models.Severities is not null);
            File.WriteAllText(Path.Combine(temp.FullName, ManifestFile), JsonSerializer.Serialize(manifest));
            using var zip = new MemoryStream();
            ZipFile.CreateFromDirectory(temp.FullName, zip, CompressionLevel.Fastest, includeBaseDirectory: false);
            return zip.ToArray();
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    /// <exception cref="InvalidDataException">The bytes are not a complete model package.</exception>
    public static ComplaintModels Unpack(byte[] content, ISentenceEmbedder embedder)
    {
        ArgumentNullException.ThrowIfNull(content);
        var temp = Directory.CreateTempSubdirectory("complaintops-model-");
        try
        {
            using (var zip = new MemoryStream(content, writable: false))
            {
                ZipFile.ExtractToDirectory(zip, temp.FullName);
            }

            var manifestPath = Path.Combine(temp.FullName, ManifestFile);
            var manifest = File.Exists(manifestPath) ? JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(manifestPath)) : null;
            if (manifest is null)
            {
                throw new InvalidDataException("The model package has no manifest.");
            }

            return new ComplaintModels(manifest.Number, manifest.TrainedAtUtc, manifest.TrainedOn,
                TopicModel.Load(Path.Combine(temp.FullName, TopicsFolder), embedder),
                manifest.HasCategories ? TextClassifier.Load(Path.Combine(temp.FullName, CategoriesFolder)) : null,
                manifest.HasSeverities ? TextClassifier.Load(Path.Combine(temp.FullName, SeveritiesFolder)) : null);
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }
}
