using ComplaintOps.Analytics.Evaluation;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>The labelled real texts in ../shared/data beside the solution folder, read as <c>analytics evaluate</c> reads them.</summary>
public static class SharedDataSets
{
    /// <summary>Banking77 train (short English queries, 77 intents).</summary>
    public static LabeledTexts Banking77() => LabeledTextsReader.Read(Path.Combine(Folder(), "banking77", "train.csv"), "text", "category", null);

    /// <summary>CFPB narratives (long English), products merged with cfpb-products.json (9 labels).</summary>
    public static LabeledTexts Cfpb() => LabeledTextsReader.Read(Path.Combine(Folder(), "cfpb", "cfpb_complaints_sample.csv"),
        "Consumer complaint narrative", "Product", Path.Combine(Solution(), "ComplaintOps.Analytics", "Evaluation", "cfpb-products.json"));

    /// <summary>Chinese shopping reviews (10 product categories).</summary>
    public static LabeledTexts ZhShopping() => LabeledTextsReader.Read(Path.Combine(Folder(), "zh-shopping", "zh_shopping_positive_10k.csv"), "text", "category", null);

    private static string Folder() => Path.Combine(Directory.GetParent(Solution())!.FullName, "shared", "data");

    private static string Solution()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ComplaintOps.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ComplaintOps.sln not found above " + AppContext.BaseDirectory);
    }
}
