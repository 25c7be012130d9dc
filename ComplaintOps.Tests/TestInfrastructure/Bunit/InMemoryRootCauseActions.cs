using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Features.Governance;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>
/// <see cref="IRootCauseActions"/> kept in memory for component tests, with the real <see cref="RootCauseAction"/> rules
/// (the store itself is tested on SQLite). Today is the Shanghai date of the clock.
/// </summary>
public sealed class InMemoryRootCauseActions(TimeProvider clock) : IRootCauseActions
{
    private readonly Dictionary<Guid, RootCauseAction> _actions = [];

    public Task<RootCauseActionDto> CreateAsync(NewRootCauseAction action, Actor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var entity = RootCauseAction.Create(action.Target, action.Title, action.Owner, action.DueDate, DateOnly.FromDateTime(now.AddHours(8).DateTime), now, actor);
        _actions[entity.Id] = entity;
        return Task.FromResult(ToDto(entity));
    }

    public Task<IReadOnlyList<RootCauseActionDto>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RootCauseActionDto>>([.. _actions.Values.OrderBy(a => a.Status == RootCauseActionStatus.Done).ThenBy(a => a.DueDate).Select(ToDto)]);

    public Task<RootCauseActionDto> StartAsync(Guid id, int expectedVersion, Actor actor, CancellationToken cancellationToken) => Change(id, expectedVersion, a => a.Start(actor));

    public Task<RootCauseActionDto> CompleteAsync(Guid id, int expectedVersion, Actor actor, CancellationToken cancellationToken) =>
        Change(id, expectedVersion, a => a.Complete(clock.GetUtcNow(), actor));

    private Task<RootCauseActionDto> Change(Guid id, int expectedVersion, Action<RootCauseAction> change)
    {
        var entity = _actions.GetValueOrDefault(id) ?? throw new NotFoundException("Root-cause action", id);
        if (entity.Version != expectedVersion)
        {
            throw new DomainException("concurrency_conflict", "Changed by someone else.");
        }

        change(entity);
        return Task.FromResult(ToDto(entity));
    }

    private static RootCauseActionDto ToDto(RootCauseAction a) =>
        new(a.Id, a.Target, a.Title, a.Owner, a.DueDate, a.Status, a.CreatedAtUtc, a.CompletedAtUtc, a.Version);
}
