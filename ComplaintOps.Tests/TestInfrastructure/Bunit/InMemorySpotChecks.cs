using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Supervision;
using ComplaintOps.Data.Features.Supervision;

namespace ComplaintOps.Tests.TestInfrastructure.Bunit;

/// <summary>
/// Spot checks kept in memory on the real <see cref="SpotCheck"/> aggregate (sample, checklist, pass rate, versions), over
/// a population the test sets; what rework asks of a complaint is collected in <see cref="ComplaintNotes"/>.
/// </summary>
public sealed class InMemorySpotChecks : ISpotChecks
{
    private readonly List<SpotCheck> _checks = [];
    private readonly List<SupervisionEvent> _events = [];

    public Dictionary<Guid, string> Population { get; } = [];

    public List<(Guid ComplaintId, string Note)> ComplaintNotes { get; } = [];

    public DateTimeOffset Now { get; set; } = ComplaintOpsBunitContext.Now;

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public Task<IReadOnlyList<SpotCheckSummary>> ListAsync(Actor viewer, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SpotCheckSummary>>([.. _checks.OrderByDescending(c => c.Month).Select(Summary)]);

    public Task<SpotCheckDetail?> GetAsync(Guid id, Actor viewer, CancellationToken cancellationToken) =>
        Task.FromResult(_checks.SingleOrDefault(c => c.Id == id) is { } check ? Detail(check) : null);

    public Task<SpotCheckPreview> PreviewAsync(DateOnly month, long seed, int? size, Actor viewer, CancellationToken cancellationToken)
    {
        var n = size ?? SpotCheckSample.SizeFor(Population.Count);
        return Task.FromResult(new SpotCheckPreview(new DateOnly(month.Year, month.Month, 1), seed, Population.Count, n, SpotCheckSample.Draw(Population.Keys, n, seed)));
    }

    public Task<SpotCheckDetail> DrawAsync(DateOnly month, long seed, int? size, Actor actor, CancellationToken cancellationToken)
    {
        var (check, drawn) = SpotCheck.Draw(month, seed, size ?? SpotCheckSample.SizeFor(Population.Count), Population, Today, actor, Now);
        _checks.Add(check);
        _events.Add(drawn);
        return Task.FromResult(Detail(check));
    }

    public Task<SpotCheckDetail> RecordAsync(Guid id, int expectedVersion, Guid caseId, IReadOnlyDictionary<SpotCheckItem, CheckAnswer> answers, string? finding,
        Actor actor, CancellationToken cancellationToken) =>
        Change(id, expectedVersion, c => c.Record(caseId, answers, finding, actor, Now));

    public Task<SpotCheckDetail> RequestReworkAsync(Guid id, int expectedVersion, Guid caseId, string note, Actor actor, CancellationToken cancellationToken) =>
        Change(id, expectedVersion, c =>
        {
            var (reworked, complaintNote) = c.RequestRework(caseId, note, actor, Now);
            ComplaintNotes.Add((c.Cases.Single(x => x.Id == caseId).ComplaintId, complaintNote));
            return reworked;
        });

    public Task<SpotCheckDetail> CompleteAsync(Guid id, int expectedVersion, Actor actor, CancellationToken cancellationToken) =>
        Change(id, expectedVersion, c => c.Complete(actor, Now));

    private Task<SpotCheckDetail> Change(Guid id, int expectedVersion, Func<SpotCheck, SupervisionEvent> change)
    {
        var check = _checks.Single(c => c.Id == id);
        if (check.Version != expectedVersion)
        {
            throw new DomainException("concurrency_conflict", "stale");
        }

        _events.Add(change(check));
        return Task.FromResult(Detail(check));
    }

    private SpotCheckDetail Detail(SpotCheck check) => new(Summary(check),
        [.. check.Cases.Select(c => new SpotCheckCaseView(c.Id, c.Position, c.ComplaintId, c.Reference, "年费重复扣收", "CARD", "CARDS", "刘敏", Now.AddDays(-20), 4,
            c.Answers(), c.Finding, c.Passed, c.ReworkRequested, c.ReworkNote, c.CheckedByName, c.CheckedAtUtc))],
        [.. _events.Where(e => e.SubjectId == check.Id).Select(e => new SupervisionEventView(e.Kind, e.ActorName, e.AtUtc, e.Detail))]);

    private static SpotCheckSummary Summary(SpotCheck s) => SpotChecks.Summary(s);
}
