using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Data.Features.Staff;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>
/// Review meetings kept in memory for component tests, with the real <see cref="ReviewMeeting"/> and
/// <see cref="AgendaBuilder"/> rules and the real visibility rule; the agenda is built from <see cref="Facts"/> (the store
/// and its queries are tested on SQLite). Live figures are whatever a test puts in <see cref="Live"/>.
/// </summary>
public sealed class InMemoryReviewMeetings(TimeProvider clock, IRootCauseActions actions) : IReviewMeetingQueries, IReviewMeetingCommands
{
    private readonly Dictionary<Guid, ReviewMeeting> _meetings = [];

    /// <summary>What the next created meeting's agenda is built from (given the requested period).</summary>
    public Func<DateOnly, DateOnly, AgendaFacts> Facts { get; set; } = (from, to) =>
        new(from, to, TimeZoneInfo.Utc, [], [], new Dictionary<TopicKey, string>(), [], to);

    public Dictionary<Guid, LiveFigures> Live { get; } = [];

    public Task<Guid> CreateAsync(NewMeeting meeting, Actor actor, CancellationToken cancellationToken)
    {
        var staff = StaffDirectory.Initial();
        var people = meeting.ParticipantIds.Select(id => staff.Single(s => s.Id == id)).Select(s => new MeetingParticipant(s.Id, s.Name, s.NameEn, s.Department)).ToList();
        var entity = ReviewMeeting.Create(meeting.Title, meeting.PeriodFrom, meeting.PeriodTo, meeting.HeldAtUtc, people,
            AgendaBuilder.Build(Facts(meeting.PeriodFrom, meeting.PeriodTo)), clock.GetUtcNow(), actor);
        entity.ClearNewEvents();
        _meetings[entity.Id] = entity;
        return Task.FromResult(entity.Id);
    }

    public Task<int> RecordFindingAsync(Guid meetingId, int expectedVersion, Guid itemId, ItemFinding finding, Actor actor, CancellationToken cancellationToken) =>
        Change(meetingId, expectedVersion, m => m.RecordFinding(itemId, finding.Findings, finding.RootCause, finding.ResponsibleDepartment, clock.GetUtcNow(), actor));

    public Task<int> MarkHeldAsync(Guid meetingId, int expectedVersion, Actor actor, CancellationToken cancellationToken) =>
        Change(meetingId, expectedVersion, m => m.MarkHeld(clock.GetUtcNow(), actor));

    public Task<int> CloseAsync(Guid meetingId, int expectedVersion, Actor actor, CancellationToken cancellationToken) =>
        Change(meetingId, expectedVersion, m => m.Close(clock.GetUtcNow(), actor));

    public Task<IReadOnlyList<MeetingRow>> ListAsync(Actor viewer, CancellationToken cancellationToken)
    {
        MeetingAccess.DemandView(viewer);
        return Task.FromResult<IReadOnlyList<MeetingRow>>([.. _meetings.Values.Select(m => new MeetingRow(m.Id, m.Title, m.PeriodFrom, m.PeriodTo, m.HeldAtUtc, m.Status,
            m.ChairName, m.Items.Count(i => MeetingAccess.CanSee(viewer, i.VisibleTo)), 0))]);
    }

    public async Task<MeetingDetail?> GetAsync(Guid id, Actor viewer, CancellationToken cancellationToken)
    {
        MeetingAccess.DemandView(viewer);
        if (!_meetings.TryGetValue(id, out var m))
        {
            return null;
        }

        var visible = (await actions.ListAsync(viewer, cancellationToken)).Where(a => a.MeetingId == id).ToList();
        return new MeetingDetail(m.Id, m.Title, m.PeriodFrom, m.PeriodTo, m.HeldAtUtc, m.Status, m.ChairName, m.Participants,
            [.. m.Items.Where(i => MeetingAccess.CanSee(viewer, i.VisibleTo)).Select(AgendaItemDto.Of)], visible, m.CreatedAtUtc, m.CreatedByName, m.Version)
        {
            CanRun = viewer.Has(Permission.RunMeetings),
            CanManageActions = viewer.Has(Permission.ManageImprovementActions),
            Scoped = !viewer.Has(Permission.AllDepartments),
        };
    }

    public async Task<IReadOnlyList<LiveFigures>> LiveAsync(Guid id, Actor viewer, CancellationToken cancellationToken) =>
        (await GetAsync(id, viewer, cancellationToken))?.Items.Where(i => Live.ContainsKey(i.Id)).Select(i => Live[i.Id]).ToList() ?? [];

    public Task<TargetChoices> TargetChoicesAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new TargetChoices(["信用卡", "白金卡"], [new PartnerChoice("ACME", "艾克米催收", "ACME Collections")]));

    private Task<int> Change(Guid id, int expectedVersion, Action<ReviewMeeting> change)
    {
        var m = _meetings.GetValueOrDefault(id) ?? throw new NotFoundException("Meeting", id);
        if (m.Version != expectedVersion)
        {
            throw new DomainException("concurrency_conflict", "Changed by someone else.");
        }

        change(m);
        m.ClearNewEvents();
        return Task.FromResult(m.Version);
    }
}
