using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Data.Features.Staff;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>
/// <see cref="IRootCauseActions"/> kept in memory for component tests, with the real <see cref="RootCauseAction"/> rules and
/// the real visibility rule (the store itself is tested on SQLite). Owners come from the shipped staff directory. Today is
/// the Shanghai date of the clock.
/// </summary>
public sealed class InMemoryRootCauseActions(TimeProvider clock) : IRootCauseActions
{
    private readonly Dictionary<Guid, RootCauseAction> _actions = [];
    private readonly List<GovernanceEvent> _events = [];

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().AddHours(8).DateTime);

    public Task<RootCauseActionDto> CreateAsync(NewRootCauseAction action, Actor actor, CancellationToken cancellationToken)
    {
        var owner = StaffDirectory.Initial().FirstOrDefault(s => s.Id == action.OwnerId) is { } s
            ? new ActionOwner(s.Id, s.Name, s.Department)
            : throw new DomainException("validation_failed", "The owner must be a staff member.");
        var entity = RootCauseAction.Create(action.Target, action.Title, owner, action.Department, action.DueDate, Today, clock.GetUtcNow(), actor,
            action.MeetingId, action.AgendaItemId);
        return Task.FromResult(Keep(entity));
    }

    public Task<IReadOnlyList<RootCauseActionDto>> ListAsync(Actor viewer, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RootCauseActionDto>>([.. _actions.Values.Where(a => MeetingAccess.CanSee(viewer, a))
            .OrderBy(a => a.Status == RootCauseActionStatus.Done).ThenBy(a => a.DueDate).Select(a => RootCauseActionDto.Of(a, Today))]);

    public Task<IReadOnlyList<GovernanceEventDto>?> HistoryAsync(Guid id, Actor viewer, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<GovernanceEventDto>?>(_actions.TryGetValue(id, out var a) && MeetingAccess.CanSee(viewer, a)
            ? [.. _events.Where(e => e.ActionId == id).Select(GovernanceEventDto.Of)]
            : null);

    public Task<RootCauseActionDto> StartAsync(Guid id, int expectedVersion, Actor actor, CancellationToken cancellationToken) =>
        Change(id, expectedVersion, a => a.Start(clock.GetUtcNow(), actor));

    public Task<RootCauseActionDto> RecordProgressAsync(Guid id, int expectedVersion, string note, Actor actor, CancellationToken cancellationToken) =>
        Change(id, expectedVersion, a => a.RecordProgress(note, clock.GetUtcNow(), actor));

    public Task<RootCauseActionDto> CompleteAsync(Guid id, int expectedVersion, string evidence, DateOnly completedOn, Actor actor,
        CancellationToken cancellationToken) =>
        Change(id, expectedVersion, a => a.Complete(evidence, completedOn, Today, clock.GetUtcNow(), actor));

    private Task<RootCauseActionDto> Change(Guid id, int expectedVersion, Action<RootCauseAction> change)
    {
        var entity = _actions.GetValueOrDefault(id) ?? throw new NotFoundException("Action item", id);
        if (entity.Version != expectedVersion)
        {
            throw new DomainException("concurrency_conflict", "Changed by someone else.");
        }

        change(entity);
        return Task.FromResult(Keep(entity));
    }

    private RootCauseActionDto Keep(RootCauseAction entity)
    {
        _actions[entity.Id] = entity;
        _events.AddRange(entity.NewEvents);
        entity.ClearNewEvents();
        return RootCauseActionDto.Of(entity, Today);
    }
}
