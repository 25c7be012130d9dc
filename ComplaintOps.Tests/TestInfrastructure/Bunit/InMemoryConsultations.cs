using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Consultations;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Consultations;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>
/// Consultations kept in memory for component tests, with the real <see cref="Consultation"/> rules and the real view
/// mapping (the store itself is tested on SQLite and PostgreSQL). Every consultation is visible.
/// </summary>
public sealed class InMemoryConsultations(TimeProvider clock) : IConsultationQueries, IConsultationCommands
{
    private readonly List<Consultation> _all = [];
    private readonly Dictionary<Guid, List<ConsultationEvent>> _events = [];

    public int Commands { get; private set; }

    public Consultation Add(Guid complaintId, string reference, string[] departments, string question, Actor opener)
    {
        var c = Consultation.Open(complaintId, reference, departments, question, opener, clock.GetUtcNow());
        _all.Add(c);
        _events[c.Id] = [.. c.Events];
        return c;
    }

    public Task<IReadOnlyList<ConsultationView>> ForComplaintAsync(Guid complaintId, Actor viewer, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ConsultationView>>([.. _all.Where(c => c.ComplaintId == complaintId).Select(c => View(c, viewer))]);

    public Task<ConsultationWorkList> WorkListAsync(Actor viewer, CancellationToken cancellationToken)
    {
        var open = _all.Where(c => c.Status == ConsultationStatus.Open).ToList();
        ConsultationRow Row(Consultation c) => new(c.Id, c.ComplaintId, c.ComplaintReference, c.Question, c.OpenedByName, c.OpenedAtUtc, [.. c.Waiting], c.Opinions.Count, c.Version);
        return Task.FromResult(new ConsultationWorkList(
            [.. open.Where(c => c.Waiting.Contains(viewer.Department ?? "")).Select(Row)],
            [.. open.Where(c => c.OpenedById == viewer.Id).Select(Row)]));
    }

    public Task<ConsultationView> OpenAsync(Guid complaintId, NewConsultation consultation, Actor actor, CancellationToken cancellationToken)
    {
        var c = Add(complaintId, "CP", [.. consultation.Departments], consultation.Question, actor);
        Commands++;
        return Task.FromResult(View(c, actor));
    }

    public Task<ConsultationView> RecordOpinionAsync(Guid consultationId, int expectedVersion, string opinion, Actor actor, CancellationToken cancellationToken) =>
        Change(consultationId, actor, c => c.RecordOpinion(actor.Department ?? "", opinion, expectedVersion, actor, clock.GetUtcNow()));

    public Task<ConsultationView> CloseAsync(Guid consultationId, int expectedVersion, string conclusion, Actor actor, CancellationToken cancellationToken) =>
        Change(consultationId, actor, c => c.Close(conclusion, expectedVersion, actor, clock.GetUtcNow()));

    private Task<ConsultationView> Change(Guid id, Actor actor, Action<Consultation> change)
    {
        var c = _all.SingleOrDefault(x => x.Id == id) ?? throw new NotFoundException("Consultation", id);
        var before = c.Events.Count;
        change(c);
        _events[id].AddRange(c.Events.Skip(before));
        Commands++;
        return Task.FromResult(View(c, actor));
    }

    private ConsultationView View(Consultation c, Actor viewer) => ConsultationQueries.ToView(c, _events[c.Id], viewer);
}
