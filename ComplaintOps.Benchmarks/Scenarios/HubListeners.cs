using Microsoft.AspNetCore.SignalR.Client;

namespace ComplaintOps.Benchmarks.Scenarios;

/// <summary>
/// N SignalR clients on the app's /hubs/ops hub, each recording the latency of every ComplaintChanged it receives:
/// receipt time (<see cref="AlignedClock"/>) − the change's OccurredAtUtc. Changes that occurred before
/// <see cref="MeasureFrom"/> was called are warm-up: counted apart, not measured.
/// </summary>
public sealed class HubListeners : IAsyncDisposable
{
    /// <summary>The hub path and client method of ComplaintOps.Web.Realtime (DashboardHub.Path, IDashboardClient).</summary>
    public const string HubPath = "/hubs/ops";

    /// <summary>The hub needs a session or a wallboard key; WebAppProcess configures this demo key.</summary>
    public const string WallboardKey = "demo-wallboard-key";
    private const string ComplaintChanged = "ComplaintChanged";

    private readonly List<HubConnection> _connections = [];
    private readonly List<List<double>> _latencies = [];
    private readonly AlignedClock _clock;
    private long _received;
    private long _warmupReceived;
    private long _measureFromTicks = long.MaxValue;

    private HubListeners(AlignedClock clock) => _clock = clock;

    public int Count => _connections.Count;

    /// <summary>Measured deliveries received so far by all clients.</summary>
    public long Received => Interlocked.Read(ref _received);

    /// <summary>Warm-up deliveries received so far by all clients.</summary>
    public long WarmupReceived => Interlocked.Read(ref _warmupReceived);

    /// <summary>Connects <paramref name="count"/> clients, <paramref name="batch"/> at a time in parallel.</summary>
    public static async Task<HubListeners> ConnectAsync(Uri app, int count, int batch, AlignedClock clock, CancellationToken cancellationToken)
    {
        var listeners = new HubListeners(clock);
        try
        {
            for (var first = 0; first < count; first += batch)
            {
                var connections = Enumerable.Range(first, Math.Min(batch, count - first)).Select(_ => listeners.Add(new Uri(app, HubPath))).ToList();
                await Task.WhenAll(connections.Select(c => c.StartAsync(cancellationToken)));
            }

            return listeners;
        }
        catch
        {
            await listeners.DisposeAsync();
            throw;
        }
    }

    /// <summary>Measures the changes that occur from <paramref name="utc"/> on.</summary>
    public void MeasureFrom(DateTimeOffset utc) => Interlocked.Exchange(ref _measureFromTicks, utc.UtcTicks);

    /// <summary>Every measured latency in milliseconds (call once the clients are quiet).</summary>
    public IEnumerable<double> Latencies() => _latencies.SelectMany(l => l);

    private HubConnection Add(Uri hub)
    {
        var connection = new HubConnectionBuilder().WithUrl(hub, o => o.Headers["X-Api-Key"] = WallboardKey).Build();
        var latencies = new List<double>();   // one list per client: SignalR runs a connection's handlers one at a time
        connection.On<PushedChange>(ComplaintChanged, change =>
        {
            var receivedAt = _clock.UtcNow;
            if (change.OccurredAtUtc.UtcTicks < Interlocked.Read(ref _measureFromTicks))
            {
                Interlocked.Increment(ref _warmupReceived);
                return;
            }

            latencies.Add((receivedAt - change.OccurredAtUtc).TotalMilliseconds);
            Interlocked.Increment(ref _received);
        });
        _connections.Add(connection);
        _latencies.Add(latencies);
        return connection;
    }

    public async ValueTask DisposeAsync() => await Task.WhenAll(_connections.Select(c => c.DisposeAsync().AsTask()));

    /// <summary>The fields of ComplaintOps.Web.Realtime.DashboardChange this benchmark reads (the rest are ignored).</summary>
    private sealed record PushedChange(Guid ComplaintId, string Reference, string Kind, DateTimeOffset OccurredAtUtc);
}
