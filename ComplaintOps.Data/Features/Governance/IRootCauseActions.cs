using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Governance;

/// <summary>
/// Action items (DESIGN §4). Bad input or a stale version is refused with a <see cref="Domain.Common.DomainException"/> and
/// changes nothing; every change writes its <see cref="Domain.Governance.GovernanceEvent"/> in the same transaction.
/// </summary>
public interface IRootCauseActions
{
    Task<RootCauseActionDto> CreateAsync(NewRootCauseAction action, Actor actor, CancellationToken cancellationToken);

    /// <summary>
    /// The actions the viewer may see (all with AllDepartments, else their department's and their own): open and in progress
    /// first by due date, then done ones, latest completion first.
    /// </summary>
    Task<IReadOnlyList<RootCauseActionDto>> ListAsync(Actor viewer, CancellationToken cancellationToken);

    /// <summary>The action's recorded changes, oldest first; null when the viewer may not see it.</summary>
    Task<IReadOnlyList<GovernanceEventDto>?> HistoryAsync(Guid id, Actor viewer, CancellationToken cancellationToken);

    Task<RootCauseActionDto> StartAsync(Guid id, int expectedVersion, Actor actor, CancellationToken cancellationToken);

    /// <summary>The owner (or a manager of actions) records progress.</summary>
    Task<RootCauseActionDto> RecordProgressAsync(Guid id, int expectedVersion, string note, Actor actor, CancellationToken cancellationToken);

    /// <summary>Completes the action with its evidence; refused without evidence or with a completion date in the future.</summary>
    Task<RootCauseActionDto> CompleteAsync(Guid id, int expectedVersion, string evidence, DateOnly completedOn, Actor actor, CancellationToken cancellationToken);
}
