using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Governance;

/// <summary>
/// The joint review meeting's action items (DESIGN §4). Bad input or a stale version is refused with a
/// <see cref="Domain.Common.DomainException"/> and changes nothing.
/// </summary>
public interface IRootCauseActions
{
    Task<RootCauseActionDto> CreateAsync(NewRootCauseAction action, Actor actor, CancellationToken cancellationToken);

    /// <summary>All actions: open and in progress first by due date, then done ones, latest completion first.</summary>
    Task<IReadOnlyList<RootCauseActionDto>> ListAsync(CancellationToken cancellationToken);

    Task<RootCauseActionDto> StartAsync(Guid id, int expectedVersion, Actor actor, CancellationToken cancellationToken);

    Task<RootCauseActionDto> CompleteAsync(Guid id, int expectedVersion, Actor actor, CancellationToken cancellationToken);
}
