using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Consultations;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Consultations;

public sealed class ConsultationCommands(IDbContextFactory<ComplaintOpsDbContext> dbFactory, HandlingRulesProvider rulesProvider, TimeProvider clock)
    : IConsultationCommands
{
    public async Task<ConsultationView> OpenAsync(Guid complaintId, NewConsultation consultation, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var complaint = await LoadComplaintAsync(db, complaintId, cancellationToken);
        if (!complaint.IsOpen)
        {
            throw new DomainException("complaint_not_open", "A consultation is opened only on a complaint still in handling.");
        }

        var now = clock.GetUtcNow();
        var opened = Consultation.Open(complaint.Id, complaint.Reference, consultation.Departments, consultation.Question, actor, now);
        complaint.NoteConsultation(opened, actor, now, await rulesProvider.GetAsync(complaint.SlaPolicyName, cancellationToken));
        db.Consultations.Add(opened);
        await SaveAsync(db, cancellationToken);
        return ConsultationQueries.ToView(opened, opened.Events, actor);
    }

    public Task<ConsultationView> RecordOpinionAsync(Guid consultationId, int expectedVersion, string opinion, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(consultationId, (c, now) => c.RecordOpinion(actor.Department ?? "", opinion, expectedVersion, actor, now), noteOnComplaint: false, actor, cancellationToken);

    public Task<ConsultationView> CloseAsync(Guid consultationId, int expectedVersion, string conclusion, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(consultationId, (c, now) => c.Close(conclusion, expectedVersion, actor, now), noteOnComplaint: true, actor, cancellationToken);

    private async Task<ConsultationView> ChangeAsync(Guid id, Action<Consultation, DateTimeOffset> change, bool noteOnComplaint, Actor actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var consultation = await db.Consultations.Include(c => c.Opinions).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
                           ?? throw new NotFoundException("Consultation", id);
        var complaint = await LoadComplaintAsync(db, consultation.ComplaintId, cancellationToken);
        if (!Domain.Access.ComplaintAccess.CanView(actor, complaint.Department, complaint.HandlerId)
            && !consultation.Opinions.Any(o => o.Department == actor.Department))
        {
            throw ForbiddenException.OutOfScope();   // an invited department speaks even when the complaint is another department's
        }

        var now = clock.GetUtcNow();
        change(consultation, now);   // throws on a broken rule: nothing is saved
        if (noteOnComplaint)
        {
            complaint.NoteConsultation(consultation, actor, now, await rulesProvider.GetAsync(complaint.SlaPolicyName, cancellationToken));
        }

        await SaveAsync(db, cancellationToken);
        var events = await db.ConsultationEvents.AsNoTracking().Where(e => e.ConsultationId == id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return ConsultationQueries.ToView(consultation, events, actor);
    }

    private static async Task<Complaint> LoadComplaintAsync(ComplaintOpsDbContext db, Guid complaintId, CancellationToken cancellationToken) =>
        await db.Complaints.Include(c => c.Clocks).SingleOrDefaultAsync(c => c.Id == complaintId, cancellationToken)
        ?? throw new NotFoundException("Complaint", complaintId);

    private static async Task SaveAsync(ComplaintOpsDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException
                                           || ex.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
                                           || ex.InnerException?.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) == true)
        {
            // The consultation's or the complaint's version token (or the complaint's unique event sequence) caught a writer in between.
            throw new DomainException("concurrency_conflict", "The consultation or its complaint was changed by someone else. Reload and try again.");
        }
    }
}
