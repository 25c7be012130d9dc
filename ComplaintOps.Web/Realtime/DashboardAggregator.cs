using System.Threading.Channels;
using ComplaintOps.Data.Domain.Hotspots;
using ComplaintOps.Data.Features.Dashboard;
using ComplaintOps.Data.Features.Sla;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Web.Realtime;

/// <summary>
/// The one live snapshot of this server instance. It keeps the facts of open and recent complaints in memory, refreshes
/// the facts of changed complaints (one query per flush, however many changes and viewers), rebuilds the snapshot and
/// hands the same immutable object to every subscribed circuit. Periodically, and when topics change, it re-reads
/// everything (reconcile), its topic view included. State is changed only by the driver loop (<see cref="DashboardAggregatorService"/>) or a test calling the same methods.
/// </summary>
public sealed class DashboardAggregator(IDashboardQueries queries, HotspotAnalyzer hotspots, IOptions<DashboardOptions> options, IOptions<SlaOptions> sla,
    TimeProvider clock)
{
    private readonly Dictionary<Guid, ComplaintFacts> _facts = [];
    private readonly List<FeedItem> _feed = [];
    private readonly Channel<DashboardChange> _pending = Channel.CreateUnbounded<DashboardChange>(new UnboundedChannelOptions { SingleReader = true });
    private readonly System.Collections.Concurrent.ConcurrentQueue<Guid> _refresh = new();
    private int _reconcileRequested;
    private readonly SemaphoreSlim _reconcileSignal = new(0, 1);
    private DashboardTopics _topics = DashboardTopics.None;
    private readonly List<Func<DashboardSnapshot, Task>> _subscribers = [];
    private readonly Lock _subscribersLock = new();
    private readonly TimeZoneInfo _zone = sla.Value.Zone;
    private readonly Lock _alertsLock = new();
    private readonly List<HotspotAlert> _recentHotspotAlerts = [];
    private readonly List<HotspotAlert> _unsentHotspotAlerts = [];
    private DashboardSnapshot _current = DashboardSnapshot.Empty(clock.GetUtcNow());
    private bool _built;

    public const int RecentHotspotAlertCount = 10;

    public DashboardSnapshot Current => Volatile.Read(ref _current);

    /// <summary>The latest hotspot and batch alerts, newest first (what the hotspot panel shows as live events).</summary>
    public IReadOnlyList<HotspotAlert> RecentHotspotAlerts
    {
        get
        {
            lock (_alertsLock)
            {
                return [.. _recentHotspotAlerts];
            }
        }
    }

    /// <summary>Alerts raised since the last call, oldest first, for the driver to send to hub clients.</summary>
    public IReadOnlyList<HotspotAlert> TakeUnsentHotspotAlerts()
    {
        lock (_alertsLock)
        {
            var taken = _unsentHotspotAlerts.ToList();
            _unsentHotspotAlerts.Clear();
            return taken;
        }
    }

    /// <summary>Changes waiting for the next flush.</summary>
    public ChannelReader<DashboardChange> Pending => _pending.Reader;

    /// <summary>Called by the event bus for every committed change on any instance.</summary>
    public ValueTask AcceptAsync(DashboardChange change) => _pending.Writer.WriteAsync(change);

    /// <summary>
    /// Called by the event bus for committed topic changes on any instance: names, states and placements may all have
    /// changed, so the next step re-reads everything (the topic view and every complaint's topic).
    /// </summary>
    public ValueTask AcceptTopicsAsync(TopicsChange change)
    {
        RequestReconcile();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Re-read these complaints' facts at the next flush, without feed entries: something the facts show changed after
    /// their event was applied (the analytics module assigned their topic cluster).
    /// </summary>
    public void Refresh(IEnumerable<Guid> complaintIds)
    {
        foreach (var id in complaintIds)
        {
            _refresh.Enqueue(id);
        }
    }

    /// <summary>True while complaints wait for <see cref="Refresh"/>.</summary>
    public bool HasRefresh => !_refresh.IsEmpty;

    /// <summary>Asks for a full reconcile at the next opportunity (e.g. a retrained model re-assigned every complaint).</summary>
    public void RequestReconcile()
    {
        Interlocked.Exchange(ref _reconcileRequested, 1);
        try
        {
            _reconcileSignal.Release();   // wakes the driver; a request already signalled is the same request
        }
        catch (SemaphoreFullException)
        {
        }
    }

    /// <summary>Completes when a reconcile is requested (the driver waits for this or a change, whichever comes first).</summary>
    public Task WaitForReconcileRequestAsync(CancellationToken cancellationToken) => _reconcileSignal.WaitAsync(cancellationToken);

    /// <summary>Takes a pending <see cref="RequestReconcile"/>.</summary>
    public bool TakeReconcileRequest() => Interlocked.Exchange(ref _reconcileRequested, 0) == 1;

    /// <summary>Receive every new snapshot (at most a few per second). Dispose to stop.</summary>
    public IDisposable Subscribe(Func<DashboardSnapshot, Task> onSnapshot)
    {
        lock (_subscribersLock)
        {
            _subscribers.Add(onSnapshot);
        }

        return new Subscription(() =>
        {
            lock (_subscribersLock)
            {
                _subscribers.Remove(onSnapshot);
            }
        });
    }

    public int SubscriberCount
    {
        get
        {
            lock (_subscribersLock)
            {
                return _subscribers.Count;
            }
        }
    }

    /// <summary>Re-reads every fact and the feed from the database.</summary>
    public async Task<DashboardSnapshot> ReconcileAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var facts = await queries.LoadFactsAsync(now.AddDays(-options.Value.WindowDays), cancellationToken);
        var feed = await queries.LoadFeedAsync(DashboardQueries.FeedSize, cancellationToken);
        _topics = await queries.LoadTopicsAsync(cancellationToken);
        while (_pending.Reader.TryRead(out _))
        {
            // everything pending is in what was just read
        }

        _facts.Clear();
        foreach (var f in facts)
        {
            _facts[f.Id] = f;
        }

        _feed.Clear();
        _feed.AddRange(feed);
        return await RebuildAsync(now);
    }

    /// <summary>Applies every pending change: refreshes those complaints' facts in one query and adds the changes to the feed.</summary>
    public async Task<DashboardSnapshot?> FlushAsync(CancellationToken cancellationToken)
    {
        var changes = new List<DashboardChange>();
        while (_pending.Reader.TryRead(out var change))
        {
            changes.Add(change);
        }

        var refreshed = new List<Guid>();
        while (_refresh.TryDequeue(out var id))
        {
            refreshed.Add(id);
        }

        if (changes.Count == 0 && refreshed.Count == 0)
        {
            return null;
        }

        var ids = changes.Select(c => c.ComplaintId).Concat(refreshed).Distinct().ToList();
        foreach (var fresh in await queries.LoadFactsAsync(ids, cancellationToken))
        {
            _facts[fresh.Id] = fresh;
        }

        _feed.InsertRange(0, changes.OrderByDescending(c => c.OccurredAtUtc)
            .Select(c => new FeedItem(c.ComplaintId, c.Reference, c.Kind, c.ToStatus, c.ActorName, c.OccurredAtUtc)));
        _feed.Sort((a, b) => b.OccurredAtUtc.CompareTo(a.OccurredAtUtc));
        if (_feed.Count > DashboardQueries.FeedSize)
        {
            _feed.RemoveRange(DashboardQueries.FeedSize, _feed.Count - DashboardQueries.FeedSize);
        }

        return await RebuildAsync(clock.GetUtcNow());
    }

    /// <summary>Rebuilds for the passing of time alone and returns the clocks that crossed into at risk or breached since the last build.</summary>
    public async Task<IReadOnlyList<ClockAlert>> TickAsync()
    {
        var before = Current;
        var after = await RebuildAsync(clock.GetUtcNow());
        return ClockCrossings(before, after);
    }

    private async Task<DashboardSnapshot> RebuildAsync(DateTimeOffset now)
    {
        var before = Current;
        var snapshot = DashboardCalculator.Build(_facts.Values, _topics, [.. _feed], now, _zone, sla.Value.AtRiskFraction, hotspots);
        if (_built)
        {
            RecordHotspotAlerts(HotspotAlert.Crossings(before.Hotspots, snapshot.Hotspots, now));
        }

        _built = true;   // the first build (at start) sets the scene; it raises no alerts for what was already hot
        Volatile.Write(ref _current, snapshot);
        Func<DashboardSnapshot, Task>[] subscribers;
        lock (_subscribersLock)
        {
            subscribers = [.. _subscribers];
        }

        await Task.WhenAll(subscribers.Select(s => s(snapshot)));
        return snapshot;
    }

    private void RecordHotspotAlerts(IReadOnlyList<HotspotAlert> alerts)
    {
        if (alerts.Count == 0)
        {
            return;
        }

        lock (_alertsLock)
        {
            _unsentHotspotAlerts.AddRange(alerts);
            _recentHotspotAlerts.InsertRange(0, alerts.Reverse());
            if (_recentHotspotAlerts.Count > RecentHotspotAlertCount)
            {
                _recentHotspotAlerts.RemoveRange(RecentHotspotAlertCount, _recentHotspotAlerts.Count - RecentHotspotAlertCount);
            }
        }
    }

    private IReadOnlyList<ClockAlert> ClockCrossings(DashboardSnapshot before, DashboardSnapshot after)
    {
        var now = after.AsOfUtc;
        var previous = before.AsOfUtc;
        var alerts = new List<ClockAlert>();
        foreach (var f in _facts.Values.Where(f => f.IsOpen))
        {
            foreach (var c in f.Clocks.Where(c => c.IsRunning && c.PausedAtUtc is null))
            {
                var was = c.StateAt(previous, sla.Value.AtRiskFraction);
                var @is = c.StateAt(now, sla.Value.AtRiskFraction);
                if (was != @is && @is is Data.Domain.Sla.ClockState.AtRisk or Data.Domain.Sla.ClockState.Breached)
                {
                    alerts.Add(new ClockAlert(f.Id, f.Reference, c.Kind, @is, c.DueAtUtc, f.Department));
                }
            }
        }

        return alerts;
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
