using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Governance;

public sealed class ReviewMeetingCommands(IDbContextFactory<ComplaintOpsDbContext> dbFactory, AgendaSources sources, IOptions<SlaOptions> sla, TimeProvider clock)
    : IReviewMeetingCommands
{
    private readonly TimeZoneInfo _zone = sla.Value.Zone;

    public async Task<Guid> CreateAsync(NewMeeting meeting, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(Permission.RunMeetings))
        {
            throw ForbiddenException.Lacking(Permission.RunMeetings);   // before reading a period's complaints
        }

        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = meeting.ParticipantIds.Distinct().ToList();
        var staff = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        if (staff.Count != ids.Count)
        {
            throw new DomainException("validation_failed", "Every participant must be a staff member.");
        }

        var participants = ids.Select(id => staff.Single(s => s.Id == id)).Select(s => new MeetingParticipant(s.Id, s.Name, s.NameEn, s.Department)).ToList();
        IReadOnlyList<AgendaItem> agenda = meeting.PeriodTo < meeting.PeriodFrom
            ? []   // the domain refuses the period below; nothing to read
            : AgendaBuilder.Build(await sources.LoadAsync(meeting.PeriodFrom, meeting.PeriodTo, _zone, now, cancellationToken));
        var entity = ReviewMeeting.Create(meeting.Title, meeting.PeriodFrom, meeting.PeriodTo, meeting.HeldAtUtc, participants, agenda, now, actor);
        db.ReviewMeetings.Add(entity);
        db.GovernanceEvents.AddRange(entity.NewEvents);
        await db.SaveChangesAsync(cancellationToken);
        return entity.Id;
    }

    public Task<int> RecordFindingAsync(Guid meetingId, int expectedVersion, Guid itemId, ItemFinding finding, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return ChangeAsync(meetingId, expectedVersion,
            (m, now) => m.RecordFinding(itemId, finding.Findings, finding.RootCause, finding.ResponsibleDepartment, now, actor), cancellationToken);
    }

    public Task<int> MarkHeldAsync(Guid meetingId, int expectedVersion, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(meetingId, expectedVersion, (m, now) => m.MarkHeld(now, actor), cancellationToken);

    public Task<int> CloseAsync(Guid meetingId, int expectedVersion, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(meetingId, expectedVersion, (m, now) => m.Close(now, actor), cancellationToken);

    private async Task<int> ChangeAsync(Guid meetingId, int expectedVersion, Action<ReviewMeeting, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var meeting = await db.ReviewMeetings.Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
            ?? throw new NotFoundException("Meeting", meetingId);
        if (meeting.Version != expectedVersion)
        {
            throw new DomainException("concurrency_conflict",
                $"The meeting was changed by someone else (you saw version {expectedVersion}, it is now {meeting.Version}). Reload and try again.");
        }

        change(meeting, clock.GetUtcNow());   // throws on a broken rule; nothing is saved
        db.GovernanceEvents.AddRange(meeting.NewEvents);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("concurrency_conflict", "The meeting was changed by someone else. Reload and try again.");
        }

        return meeting.Version;
    }
}
