using System.Text.Json;
using ComplaintOps.Analytics.Evaluation;

namespace ComplaintOps.Tests.Analytics;

public sealed class AnalyticsCommandLineTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("cli-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await AnalyticsCommandLine.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    // A deterministic subsample of Banking77: the first 12 intents, every row.
    private string Banking77Subset(Func<int, bool> keepRow, string name)
    {
        var (header, rows) = CsvReader.ReadFile(SharedData.Banking77);
        var labels = rows.Select(r => r[1]).Distinct().Take(12).ToHashSet();
        var lines = rows.Where(r => labels.Contains(r[1])).Where((_, i) => keepRow(i))
            .Select(r => "\"" + r[0].Replace("\"", "\"\"", StringComparison.Ordinal) + "\"," + r[1]);
        var path = Path.Combine(temp, name);
        File.WriteAllLines(path, [string.Join(',', header), .. lines]);
        return path;
    }

    [Fact]
    public async Task Evaluate_prints_one_json_line_with_quality_far_above_random()
    {
        var csv = Banking77Subset(_ => true, "b77.csv");

        var (code, output, error) = await Run("analytics", "evaluate", "--csv", csv, "--text-column", "text", "--label-column", "category", "--k", "12");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var json = JsonDocument.Parse(output.Trim()).RootElement;
        Assert.Single(output.Trim().Split('\n'));
        Assert.Equal(12, json.GetProperty("k").GetInt32());
        Assert.True(json.GetProperty("n").GetInt32() > 1000);
        Assert.True(json.GetProperty("nmi").GetDouble() > 0.45, output);   // random labels give ≈ 0.01
        Assert.True(json.GetProperty("seconds").GetDouble() > 0);
    }

    [Fact]
    public async Task Evaluate_reports_mean_and_spread_over_the_seeds_and_the_spaces_used()
    {
        var csv = Banking77Subset(_ => true, "b77.csv");

        var (code, output, error) = await Run("analytics", "evaluate", "--csv", csv, "--text-column", "text", "--label-column", "category", "--k", "12",
            "--seeds", "3", "--representation", "lsa");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var json = JsonDocument.Parse(output).RootElement;
        var perSeed = json.GetProperty("nmi_per_seed").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal([42, 43, 44], json.GetProperty("seeds").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(3, perSeed.Length);
        Assert.Equal(perSeed.Average(), json.GetProperty("nmi").GetDouble(), 3);
        Assert.InRange(json.GetProperty("nmi_sd").GetDouble(), 0, 0.1);
        Assert.Equal(3, json.GetProperty("ari_per_seed").GetArrayLength());
        Assert.Equal(json.GetProperty("n").GetInt32(), json.GetProperty("spaces").GetProperty("EnglishLong").GetInt32());
    }

    [Fact]
    public async Task An_unknown_representation_is_exit_code_2()
    {
        var (code, output, error) = await Run("analytics", "evaluate", "--csv", SharedData.Banking77, "--text-column", "text", "--label-column", "category",
            "--representation", "bert");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("bert", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_on_cfpb_skips_rows_without_narrative_and_merges_products()
    {
        var mapFile = FindLabelMap();

        var (code, output, _) = await Run("analytics", "evaluate", "--csv", SharedData.Cfpb, "--text-column", "Consumer complaint narrative",
            "--label-column", "Product", "--label-map", mapFile, "--k", "9");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1532, json.GetProperty("n").GetInt32());
        Assert.Equal(6623 - 1532, json.GetProperty("skipped").GetInt32());
        Assert.Equal(9, json.GetProperty("labels").GetInt32());
        Assert.True(json.GetProperty("nmi").GetDouble() > 0.2, output);
    }

    [Fact]
    public async Task Classify_eval_reports_accuracy_and_macro_f1()
    {
        var train = Banking77Subset(i => i % 5 != 0, "train.csv");
        var test = Banking77Subset(i => i % 5 == 0, "test.csv");

        var (code, output, _) = await Run("analytics", "classify-eval", "--train", train, "--test", test, "--text-column", "text", "--label-column", "category");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.True(json.GetProperty("accuracy").GetDouble() > 0.75, output);
        Assert.True(json.GetProperty("macro_f1").GetDouble() > 0.7, output);
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error_with_exit_code_2()
    {
        var (code, output, error) = await Run("analytics", "evaluate", "--csv", Path.Combine(temp, "nope.csv"), "--text-column", "t", "--label-column", "l");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_column_is_a_clear_error_with_exit_code_2()
    {
        var (code, output, error) = await Run("analytics", "evaluate", "--csv", SharedData.Banking77, "--text-column", "body", "--label-column", "category");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("Column 'body' not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_option_is_exit_code_2()
    {
        var (code, output, error) = await Run("analytics", "classify-eval", "--train", "x.csv");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.NotEqual("", error);
    }

    private static string FindLabelMap()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ComplaintOps.sln"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "ComplaintOps.Analytics", "Evaluation", "cfpb-products.json");
    }
}
