using System.Text.Json;

namespace ComplaintOps.Analytics.Evaluation;

/// <summary>Reads a text column and a label column from a CSV, optionally renaming labels with a JSON map (old → new).</summary>
public static class LabeledTextsReader
{
    /// <summary>Reads the file; throws <see cref="EvaluationInputException"/> with a clear message for bad input.</summary>
    public static LabeledTexts Read(string csvPath, string textColumn, string labelColumn, string? labelMapPath)
    {
        csvPath = UserPath.Resolve(csvPath);
        labelMapPath = labelMapPath is null ? null : UserPath.Resolve(labelMapPath);
        if (!File.Exists(csvPath)) throw new EvaluationInputException($"CSV file not found: {csvPath}");
        var map = labelMapPath is null ? new Dictionary<string, string>() : ReadMap(labelMapPath);
        var (header, rows) = CsvReader.ReadFile(csvPath);
        var textIndex = Column(header, textColumn, csvPath);
        var labelIndex = Column(header, labelColumn, csvPath);
        var texts = new List<string>();
        var labels = new List<string>();
        var skipped = 0;
        foreach (var row in rows)
        {
            var text = textIndex < row.Length ? row[textIndex] : "";
            if (string.IsNullOrWhiteSpace(text))
            {
                skipped++;
                continue;
            }

            var label = labelIndex < row.Length ? row[labelIndex] : "";
            texts.Add(text);
            labels.Add(map.GetValueOrDefault(label, label));
        }

        return new LabeledTexts(texts, labels, skipped);
    }

    private static int Column(string[] header, string name, string path)
    {
        var index = Array.FindIndex(header, h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
        if (index < 0) throw new EvaluationInputException($"Column '{name}' not found in {path}; columns: {string.Join(", ", header)}");
        return index;
    }

    private static Dictionary<string, string> ReadMap(string path)
    {
        if (!File.Exists(path)) throw new EvaluationInputException($"Label map file not found: {path}");
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))
                ?? throw new EvaluationInputException($"Label map {path} is empty.");
        }
        catch (JsonException e)
        {
            throw new EvaluationInputException($"Label map {path} is not a JSON object of strings: {e.Message}");
        }
    }
}
