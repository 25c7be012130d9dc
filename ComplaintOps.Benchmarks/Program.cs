using ComplaintOps.Benchmarks.Scenarios;
using ComplaintOps.Data.Persistence.Providers;

// Repeatable scenarios with their numbers on stdout. Run in Release:
//   dotnet run -c Release --project ComplaintOps.Benchmarks -- intake [--count 5000] [--rounds 3]
//   dotnet run -c Release --project ComplaintOps.Benchmarks -- push-latency [--clients 500] [--rate 50] [--seconds 20] [--web-dll path/ComplaintOps.Web.dll]
//   dotnet run -c Release --project ComplaintOps.Benchmarks -- dashboard-circuits [--circuits 40] [--burst 500] [--web-dll path/ComplaintOps.Web.dll]
//   dotnet run -c Release --project ComplaintOps.Benchmarks -- queue-query [--count 1000000] [--provider Sqlite|Postgres] [--repetitions 50]
//   dotnet run -c Release --project ComplaintOps.Benchmarks -- clustering [--count 100000] [--placements 500] [--k N]
//   dotnet run -c Release --project ComplaintOps.Benchmarks -- similar-cases [--count 1000000] [--queries 200] [--dimensions 256]
//   dotnet run -c Release --project ComplaintOps.Benchmarks -- embed-latency [--count 300]
//   dotnet run -c Release --project ComplaintOps.Benchmarks -- clustering-quality [--seeds 5] [--set banking77|cfpb|zh-shopping]
//   dotnet run -c Release --project ComplaintOps.Benchmarks -- short-long [--seeds 3]
//   dotnet run -c Release --project ComplaintOps.Benchmarks -- training-scale [--count 1000000] [--mix 40,20,40]
//   dotnet run -c Release --project ComplaintOps.Benchmarks -- topic-kmeans [--count 1000000] [--dimensions 384] [--k 100] [--restarts 3] [--planted 100]
//   dotnet run -c Release --project ComplaintOps.Benchmarks -- topic-stability [--csv FILE] [--k 10] [--seeds 3]
//   dotnet run -c Release --project ComplaintOps.Benchmarks -- case-search [--count 5000] [--rounds 20] [--provider Sqlite|Postgres]
// queue-query and case-search on PostgreSQL use COMPLAINTOPS_BENCH_POSTGRES (a server connection string) or the local default server.
var scenario = args.FirstOrDefault() ?? "intake";

switch (scenario)
{
    case "intake":
        await IntakeThroughput.RunAsync(Option("--count", 5000), Option("--rounds", 3));
        return 0;
    case "push-latency":
        await PushLatency.RunAsync(Option("--clients", 500), Option("--rate", 50), Option("--seconds", 20), Text("--web-dll"));
        return 0;
    case "dashboard-circuits":
        await DashboardCircuits.RunAsync(Option("--circuits", 40), Option("--burst", 500), Text("--web-dll"));
        return 0;
    case "queue-query":
        if (!Enum.TryParse<DatabaseProvider>(Text("--provider") ?? "Sqlite", ignoreCase: true, out var provider) || provider == DatabaseProvider.SqlServer)
        {
            Console.Error.WriteLine("--provider must be Sqlite or Postgres.");
            return 2;
        }

        await QueueQueryLatency.RunAsync(provider, Option("--count", 1_000_000), Option("--repetitions", 50));
        return 0;
    case "clustering":
        ClusteringScale.Run(Option("--count", 100_000), Option("--placements", 500), Text("--k") is null ? null : Option("--k", 0));
        return 0;
    case "similar-cases":
        SimilarCaseSearch.Run(Option("--count", 1_000_000), Option("--queries", 200), Option("--dimensions", 256));
        return 0;
    case "embed-latency":
        EmbedLatency.Run(Option("--count", 300));
        return 0;
    case "clustering-quality":
        ClusteringQuality.Run(Option("--seeds", 5), Text("--set"));
        return 0;
    case "short-long":
        ShortLongThreshold.Run(Option("--seeds", 3));
        return 0;
    case "training-scale":
        TrainingScale.Run(Option("--count", 1_000_000), Text("--mix") ?? "40,20,40");
        return 0;
    case "topic-kmeans":
        TopicKMeansScale.Run(Option("--count", 1_000_000), Option("--dimensions", 384), Option("--k", 100), Option("--restarts", 3), Option("--planted", 100));
        return 0;
    case "topic-stability":
        TopicStability.Run(Text("--csv"), Option("--k", 10), Option("--seeds", 3));
        return 0;
    case "case-search":
        if (!Enum.TryParse<DatabaseProvider>(Text("--provider") ?? "Sqlite", ignoreCase: true, out var searchProvider) || searchProvider == DatabaseProvider.SqlServer)
        {
            Console.Error.WriteLine("--provider must be Sqlite or Postgres.");
            return 2;
        }

        await CaseLibraryTextSearch.RunAsync(searchProvider, Option("--count", 5_000), Option("--rounds", 20));
        return 0;
    default:
        Console.Error.WriteLine($"Unknown scenario '{scenario}'. Scenarios: intake, push-latency, dashboard-circuits, queue-query, clustering, similar-cases, embed-latency, clustering-quality, short-long, training-scale, topic-kmeans, topic-stability, case-search");
        return 2;
}

int Option(string name, int fallback) => int.TryParse(Text(name), out var value) ? value : fallback;

string? Text(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
