namespace ComplaintOps.Data.Features.Effectiveness;

/// <summary>Reads for cost and effectiveness analytics.</summary>
public interface IOutcomeQueries
{
    /// <summary>Every complaint registered in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), with its activities and clocks, in one query.</summary>
    Task<IReadOnlyList<ComplaintOutcome>> LoadAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken);
}
