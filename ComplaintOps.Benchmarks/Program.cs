using ComplaintOps.Benchmarks.Scenarios;

// Repeatable scenarios with their numbers on stdout. Run in Release:
//   dotnet run -c Release --project ComplaintOps.Benchmarks -- intake [--count 5000] [--rounds 3]
var scenario = args.FirstOrDefault() ?? "intake";
var count = Option("--count", 5000);
var rounds = Option("--rounds", 3);

switch (scenario)
{
    case "intake":
        await IntakeThroughput.RunAsync(count, rounds);
        return 0;
    default:
        Console.Error.WriteLine($"Unknown scenario '{scenario}'. Scenarios: intake");
        return 2;
}

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
}
