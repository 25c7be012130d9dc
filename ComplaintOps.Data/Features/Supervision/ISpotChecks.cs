using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Supervision;

namespace ComplaintOps.Data.Features.Supervision;

/// <summary>
/// The monthly spot check (needs SpotCheck for everything). Bad input or a stale version is refused with a
/// <see cref="Domain.Common.DomainException"/> and changes nothing.
/// </summary>
public interface ISpotChecks
{
    Task<IReadOnlyList<SpotCheckSummary>> ListAsync(Actor viewer, CancellationToken cancellationToken);

    Task<SpotCheckDetail?> GetAsync(Guid id, Actor viewer, CancellationToken cancellationToken);

    /// <summary>The sample <paramref name="seed"/> draws from <paramref name="month"/>'s closed complaints now; size defaults to 5 %, at least 10.</summary>
    Task<SpotCheckPreview> PreviewAsync(DateOnly month, long seed, int? size, Actor viewer, CancellationToken cancellationToken);

    /// <summary>Draws and records the month's spot check (one per month).</summary>
    Task<SpotCheckDetail> DrawAsync(DateOnly month, long seed, int? size, Actor actor, CancellationToken cancellationToken);

    Task<SpotCheckDetail> RecordAsync(Guid id, int expectedVersion, Guid caseId, IReadOnlyDictionary<SpotCheckItem, CheckAnswer> answers, string? finding,
        Actor actor, CancellationToken cancellationToken);

    /// <summary>Asks for rework on a failed case; the request is also noted on the complaint's history (AddNote), in the same transaction.</summary>
    Task<SpotCheckDetail> RequestReworkAsync(Guid id, int expectedVersion, Guid caseId, string note, Actor actor, CancellationToken cancellationToken);

    Task<SpotCheckDetail> CompleteAsync(Guid id, int expectedVersion, Actor actor, CancellationToken cancellationToken);
}
