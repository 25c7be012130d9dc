namespace ComplaintOps.Web.Hosting.Scheduling;

/// <summary>The periodic methods the scheduler runs, by job name (see <see cref="SchedulingServices"/> for adding one).</summary>
public sealed class PeriodicWorks
{
    private readonly Dictionary<string, PeriodicWork> _works = new(StringComparer.Ordinal);

    public IReadOnlyCollection<PeriodicWork> All => _works.Values;

    /// <summary>Runs <paramref name="run"/> on the registered <typeparamref name="TService"/> every <paramref name="interval"/>.</summary>
    public PeriodicWorks Every<TService>(string name, TimeSpan interval, Func<TService, DateTimeOffset, CancellationToken, Task> run)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(run);
        _works.Add(name, new PeriodicWork(name, interval, (sp, now, ct) => run(sp.GetRequiredService<TService>(), now, ct)));
        return this;
    }

    public PeriodicWork Get(string name) =>
        _works.TryGetValue(name, out var work) ? work : throw new InvalidOperationException($"No periodic work is named '{name}'.");
}
