using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Effectiveness;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Data.Features.Sla;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Analytics.Effectiveness;

/// <summary>Reads outcomes with one projection query per request and computes figures in memory with the pure calculators.</summary>
public sealed class EffectivenessReports(IOutcomeQueries outcomes, IRootCauseActions actions, IOptions<CostOptions> cost,
    IOptions<EffectivenessOptions> options, IOptions<SlaOptions> sla, TimeProvider clock) : IEffectivenessReports
{
    public const int MaxRangeDays = 800;

    private readonly EffectivenessCalculator _calculator = new(new CostModel(cost.Value));
    private readonly TimeZoneInfo _zone = sla.Value.Zone;

    public async Task<EffectivenessReport> GetAsync(EffectivenessRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.To < request.From)
        {
            throw new ArgumentException($"The range ends ({request.To:yyyy-MM-dd}) before it starts ({request.From:yyyy-MM-dd}).", nameof(request));
        }

        if (request.To.DayNumber - request.From.DayNumber >= MaxRangeDays)
        {
            throw new ArgumentException($"The range is longer than {MaxRangeDays} days.", nameof(request));
        }

        var list = await outcomes.LoadAsync(Start(request.From), Start(request.To.AddDays(1)), cancellationToken);
        return new EffectivenessReport(request,
            _calculator.Calculate(list, request.Dimension, request.Period, _zone),
            _calculator.Calculate(list, request.Dimension, KpiPeriod.Whole, _zone));
    }

    public async Task<IReadOnlyList<ActionWithEffect>> ActionsAsync(Actor viewer, CancellationToken cancellationToken)
    {
        var all = await actions.ListAsync(viewer, cancellationToken);
        var done = all.Where(a => a.Status == RootCauseActionStatus.Done && a.CompletedAtUtc is not null).ToList();
        if (done.Count == 0)
        {
            return all.Select(a => new ActionWithEffect(a, null)).ToList();
        }

        var now = clock.GetUtcNow();
        var weeks = options.Value.EffectWeeks;
        var from = done.Min(CompletedAt) - TimeSpan.FromDays(7 * weeks);
        var history = await outcomes.LoadAsync(from, now.AddTicks(1), cancellationToken);
        return all.Select(a => new ActionWithEffect(a, a.Status == RootCauseActionStatus.Done && a.CompletedAtUtc is not null && ActionEffectCalculator.CanMeasure(a.Target)
            ? ActionEffectCalculator.Measure(Measured(a), CompletedAt(a), history, weeks, now)
            : null)).ToList();
    }

    /// <summary>The start of the stated completion date (the day the change took effect), else when completion was recorded.</summary>
    private DateTimeOffset CompletedAt(RootCauseActionDto action) =>
        action.CompletedOn is { } day ? Start(day) : action.CompletedAtUtc!.Value;

    /// <summary>A topic target counts the complaints of the topic it has been merged into, where its complaints went.</summary>
    private static RootCauseTarget Measured(RootCauseActionDto action) =>
        action.MeasuredTopic is { } topic ? RootCauseTarget.OfTopic(topic) : action.Target;

    private DateTimeOffset Start(DateOnly day) => new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), _zone), TimeSpan.Zero);
}
