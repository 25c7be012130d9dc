using System.Diagnostics;
using System.Text.Json;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// Commit-to-screen latency of the live path: the real web app in a child process (SQLite file), N SignalR clients on
/// /hubs/ops, complaints filed through the intake API at a fixed rate; for every (client, change) receipt the latency is
/// receipt time − the change's OccurredAtUtc. Target: p95 ≤ 250 ms.
/// </summary>
public static class PushLatency
{
    public const double TargetMs = 250;
    private const int ConnectBatch = 50;
    private const int WarmupSeconds = 3;
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(15);

    public static async Task RunAsync(int clients, int perSecond, int seconds, string? webDll)
    {
        // Ctrl+C cancels the run instead of ending the process, so the child app is still killed on the way out.
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        var ct = cancel.Token;
        Console.WriteLine($"push latency: {clients} hub clients, {perSecond} complaints/s for {seconds} s through the intake API, app in a child process on SQLite");
        var dll = await WebAppProcess.LocateAsync(webDll, ct);
        var folder = Directory.CreateTempSubdirectory("complaintops-push-").FullName;
        try
        {
            await using var app = await WebAppProcess.StartAsync(dll, new Dictionary<string, string>
            {
                ["Database__Provider"] = "Sqlite",
                ["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "complaintops.db")}",
            }, ct);
            Console.WriteLine($"app: {dll} (pid {app.ProcessId}) at {app.BaseAddress}");
            await MeasureAsync(app, clients, perSecond, seconds, ct);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureAsync(WebAppProcess app, int clients, int perSecond, int seconds, CancellationToken ct)
    {
        var clock = new AlignedClock();
        var connecting = Stopwatch.GetTimestamp();
        await using var listeners = await HubListeners.ConnectAsync(app.BaseAddress, clients, ConnectBatch, clock, ct);
        Console.WriteLine($"connected {listeners.Count} clients in {Stopwatch.GetElapsedTime(connecting).TotalSeconds:0.0} s ({ConnectBatch} at a time)");

        // Warm-up at the same rate (JIT, connection pools, SQLite caches); its deliveries are counted but not measured.
        var warmup = await IntakeLoad.RunAsync(app.BaseAddress, perSecond, WarmupSeconds, ct);
        await DrainAsync(() => listeners.WarmupReceived, (long)warmup.Accepted * clients, ct);
        Console.WriteLine($"warm-up: {warmup.Accepted} complaints over {WarmupSeconds} s, {listeners.WarmupReceived:N0} deliveries (not measured)");

        var cpu = new CpuUse(app);
        listeners.MeasureFrom(clock.UtcNow);
        var load = await IntakeLoad.RunAsync(app.BaseAddress, perSecond, seconds, ct);
        var expected = (long)load.Accepted * clients;
        await DrainAsync(() => listeners.Received, expected, ct);
        var received = listeners.Received;
        var (appCpu, ownCpu, wall) = cpu.Stop();
        var latency = new Percentiles(listeners.Latencies());

        Console.WriteLine($"intake: {load.Sent} sent, {load.Accepted} accepted, {load.Failed} failed{(load.FirstFailure is { } f ? $" (first: {f})" : "")}; " +
            $"response p50 {load.ResponseMs.P50:0.0} ms, p95 {load.ResponseMs.P95:0.0} ms");
        Console.WriteLine($"deliveries: expected {expected:N0} ({load.Accepted} changes x {clients} clients), received {received:N0} ({(expected == 0 ? 0 : (double)received / expected):P2})");
        Console.WriteLine($"latency (receipt - OccurredAtUtc): p50 {latency.P50:0.0} ms, p95 {latency.P95:0.0} ms, p99 {latency.P99:0.0} ms, max {latency.Max:0.0} ms");
        Console.WriteLine($"cpu while measuring: app {appCpu.TotalSeconds:0.0} s, this process (sender + {clients} clients) {ownCpu.TotalSeconds:0.0} s, " +
            $"over {wall.TotalSeconds:0.0} s; machine: {MachineLoad.Describe()}");
        Console.WriteLine("note: the domain stamps OccurredAtUtc just before the commit, so this slightly overstates commit -> receipt; " +
            "the clients, the app and the sender share this machine's cores");
        Console.WriteLine($"target: p95 <= {TargetMs} ms {(latency.P95 <= TargetMs ? "MET" : "NOT MET")}; every delivery received: {(received == expected ? "yes" : "no")}");
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            scenario = "push-latency",
            clients,
            rate_per_s = perSecond,
            seconds,
            accepted = load.Accepted,
            expected,
            received,
            p50_ms = Math.Round(latency.P50, 1),
            p95_ms = Math.Round(latency.P95, 1),
            p99_ms = Math.Round(latency.P99, 1),
            max_ms = Math.Round(latency.Max, 1),
            app_cpu_s = Math.Round(appCpu.TotalSeconds, 1),
            client_cpu_s = Math.Round(ownCpu.TotalSeconds, 1),
            target_met = latency.P95 <= TargetMs,
        }));
    }

    /// <summary>Waits until every expected delivery arrived, or nothing new arrived for <see cref="DrainTimeout"/>.</summary>
    private static async Task DrainAsync(Func<long> received, long expected, CancellationToken ct)
    {
        var last = received();
        var quietSince = Stopwatch.GetTimestamp();
        while (last < expected && Stopwatch.GetElapsedTime(quietSince) < DrainTimeout)
        {
            await Task.Delay(100, ct);
            var now = received();
            if (now != last)
            {
                last = now;
                quietSince = Stopwatch.GetTimestamp();
            }
        }

        await Task.Delay(200, ct);   // a late duplicate would show as received > expected
    }

    /// <summary>CPU used by the app and by this process between construction and <see cref="Stop"/>.</summary>
    private sealed class CpuUse(WebAppProcess app)
    {
        private readonly TimeSpan _app = app.CpuTime;
        private readonly TimeSpan _own = Process.GetCurrentProcess().TotalProcessorTime;
        private readonly long _started = Stopwatch.GetTimestamp();

        public (TimeSpan App, TimeSpan Own, TimeSpan Wall) Stop() =>
            (app.CpuTime - _app, Process.GetCurrentProcess().TotalProcessorTime - _own, Stopwatch.GetElapsedTime(_started));
    }
}
