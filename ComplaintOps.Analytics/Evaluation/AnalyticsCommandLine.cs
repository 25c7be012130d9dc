using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using ComplaintOps.Analytics.Classification;
using ComplaintOps.Analytics.Representation;

namespace ComplaintOps.Analytics.Evaluation;

/// <summary>
/// <c>analytics evaluate</c> (cluster a labelled CSV over several seeds, print NMI/ARI mean and spread),
/// <c>analytics classify-eval</c> (train on one CSV, test on another, print accuracy/macro-F1) and <c>analytics embed</c>
/// (the sentence model's vector of one text): one JSON line on stdout each. Bad input → message on stderr, exit code 2.
/// </summary>
public static class AnalyticsCommandLine
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>True when the process was started as an analytics command rather than the web app.</summary>
    public static bool IsAnalytics(string[] args) => args is ["analytics", ..];

    /// <summary>Parses and runs the command; returns the process exit code.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>As <see cref="RunAsync(string[])"/> with explicit output writers (tests).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var text = new Option<string>("--text-column") { Description = "Column holding the complaint text", Required = true };
        var label = new Option<string>("--label-column") { Description = "Column holding the true label", Required = true };
        var map = new Option<string?>("--label-map") { Description = "JSON object renaming labels (old → new)" };
        var csv = new Option<string>("--csv") { Description = "RFC 4180 CSV file with a header row", Required = true };
        var k = new Option<int?>("--k") { Description = "Number of clusters (default: chosen automatically)" };
        var train = new Option<string>("--train") { Description = "Training CSV", Required = true };
        var test = new Option<string>("--test") { Description = "Test CSV", Required = true };
        var seeds = new Option<int>("--seeds") { Description = "Seeds to average over (42, 43, …)", DefaultValueFactory = _ => 5 };
        var representation = new Option<string>("--representation")
        {
            Description = "auto (each text in its space: short English → sentence model, long English → word LSA, Chinese → character n-gram LSA), minilm, lsa or chargram",
            DefaultValueFactory = _ => "auto",
        };
        representation.AcceptOnlyFromAmong("auto", "minilm", "lsa", "chargram");

        var evaluate = new Command("evaluate", "Cluster a labelled CSV and compare clusters with the labels (NMI, ARI)") { csv, text, label, map, k, seeds, representation };
        evaluate.SetAction((parse, ct) => Guard(stdout, stderr, () => Evaluate(
            parse.GetValue(csv)!, parse.GetValue(text)!, parse.GetValue(label)!, parse.GetValue(map), parse.GetValue(k), parse.GetValue(seeds), parse.GetValue(representation)!, ct)));
        var classify = new Command("classify-eval", "Train the category classifier on one CSV and score it on another") { train, test, text, label, map };
        classify.SetAction((parse, ct) => Guard(stdout, stderr, () => ClassifyEval(parse.GetValue(train)!, parse.GetValue(test)!, parse.GetValue(text)!, parse.GetValue(label)!, parse.GetValue(map), ct)));
        var sentence = new Option<string>("--text") { Description = "Text to embed", Required = true };
        var embed = new Command("embed", "Print the packaged sentence model's vector of a text (checks the model loads, e.g. with no network)") { sentence };
        embed.SetAction((parse, _) => Guard(stdout, stderr, () => Embed(parse.GetValue(sentence)!)));
        var root = new RootCommand("ComplaintOps") { new Command("analytics", "Complaint analytics benchmarks") { evaluate, classify, embed } };

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) await stderr.WriteLineAsync(error.Message);
            return 2;
        }

        return await result.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static async Task<int> Guard(TextWriter stdout, TextWriter stderr, Func<Task<object>> run)
    {
        try
        {
            var output = await run();
            await stdout.WriteLineAsync(JsonSerializer.Serialize(output, Json));
            return 0;
        }
        catch (Exception e) when (e is EvaluationInputException or InvalidDataException or ArgumentException)
        {
            await stderr.WriteLineAsync(e.Message);
            return 2;
        }
    }

    private static Task<object> Evaluate(string csv, string textColumn, string labelColumn, string? labelMap, int? k, int seeds, string representation, CancellationToken ct)
    {
        if (k is < 1) throw new EvaluationInputException("--k must be at least 1.");
        if (seeds < 1) throw new EvaluationInputException("--seeds must be at least 1.");
        var data = LabeledTextsReader.Read(csv, textColumn, labelColumn, labelMap);
        if (data.Texts.Count < 2) throw new EvaluationInputException($"Only {data.Texts.Count} rows with text in {csv}; need at least 2.");
        var watch = Stopwatch.StartNew();
        var result = ClusteringEvaluation.Run(data.Texts, data.Labels, k, Enum.Parse<EvaluatedRepresentation>(representation, ignoreCase: true),
            [.. Enumerable.Range(42, seeds)], SentenceEmbedder.Shared, ct);
        object output = new EvaluateOutput(
            data.Texts.Count, data.SkippedEmpty, data.Labels.Distinct().Count(), result.K, k is null, representation, result.Seeds,
            Round(result.NmiMean), Round(result.NmiSd), Round(result.AriMean), Round(result.AriSd), [.. result.Nmi.Select(Round)], [.. result.Ari.Select(Round)],
            result.Spaces.ToDictionary(p => p.Key.ToString(), p => p.Value),
            Math.Round(watch.Elapsed.TotalSeconds, 2), Math.Round(result.FeaturizeSeconds, 2), Math.Round(result.ClusterSeconds, 2), Math.Round(result.AssignMs, 3));
        return Task.FromResult(output);
    }

    private static double Round(double value) => Math.Round(value, 4);

    private static Task<object> Embed(string text)
    {
        var embedder = SentenceEmbedder.Shared;
        object output = new EmbedOutput(embedder.Name, TopicSpaces.Of(text).ToString(), embedder.Dimensions, embedder.Embed(text));
        return Task.FromResult(output);
    }

    private static Task<object> ClassifyEval(string trainCsv, string testCsv, string textColumn, string labelColumn, string? labelMap, CancellationToken ct)
    {
        var trainData = LabeledTextsReader.Read(trainCsv, textColumn, labelColumn, labelMap);
        var testData = LabeledTextsReader.Read(testCsv, textColumn, labelColumn, labelMap);
        if (testData.Texts.Count == 0) throw new EvaluationInputException($"No rows with text in {testCsv}.");
        var watch = Stopwatch.StartNew();
        var classifier = TextClassifier.Train(trainData.Texts, trainData.Labels, new TextClassifierOptions(), ct);
        var predicted = testData.Texts.AsParallel().AsOrdered().Select(t => classifier.Suggest(t).Label).ToList();
        object output = new ClassifyEvalOutput(
            testData.Texts.Count, testData.SkippedEmpty, trainData.Texts.Count,
            Math.Round(ClassificationMetrics.Accuracy(testData.Labels, predicted), 4),
            Math.Round(ClassificationMetrics.MacroF1(testData.Labels, predicted), 4),
            Math.Round(watch.Elapsed.TotalSeconds, 2));
        return Task.FromResult(output);
    }

    /// <summary>Nmi/Ari are the means over the seeds, *Sd their sample standard deviations; seconds is the whole run.</summary>
    private sealed record EvaluateOutput(
        int N, int Skipped, int Labels, int K, bool AutoK, string Representation, IReadOnlyList<int> Seeds,
        double Nmi, double NmiSd, double Ari, double AriSd, double[] NmiPerSeed, double[] AriPerSeed, Dictionary<string, int> Spaces,
        double Seconds, double FeaturizeSeconds, double ClusterSeconds, double AssignMs);

    private sealed record EmbedOutput(string Model, string Space, int Dimensions, float[] Vector);

    private sealed record ClassifyEvalOutput(int N, int Skipped, int TrainN, double Accuracy, double MacroF1, double Seconds);
}
