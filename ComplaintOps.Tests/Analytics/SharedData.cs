namespace ComplaintOps.Tests.Analytics;

/// <summary>Finds /work/shared/data-style folder: the directory holding ComplaintOps.sln, then ../shared/data.</summary>
internal static class SharedData
{
    public static string Folder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ComplaintOps.sln"))) dir = dir.Parent;
            if (dir?.Parent is null) throw new InvalidOperationException("ComplaintOps.sln not found above " + AppContext.BaseDirectory);
            var data = Path.Combine(dir.Parent.FullName, "shared", "data");
            if (!Directory.Exists(data)) throw new InvalidOperationException("Shared data folder not found: " + data);
            return data;
        }
    }

    public static string Banking77 => Path.Combine(Folder, "banking77", "train.csv");

    public static string Cfpb => Path.Combine(Folder, "cfpb", "cfpb_complaints_sample.csv");

    public static string ZhShopping => Path.Combine(Folder, "zh-shopping", "zh_shopping_positive_10k.csv");
}
