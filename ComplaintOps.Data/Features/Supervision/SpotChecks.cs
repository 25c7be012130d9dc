using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Supervision;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Supervision;

public sealed class SpotChecks(IDbContextFactory<ComplaintOpsDbContext> dbFactory, HandlingRulesProvider rules, IOptions<SlaOptions> sla, TimeProvider clock)
    : ISpotChecks
{
    private readonly TimeZoneInfo _zone = sla.Value.Zone;

    public async Task<IReadOnlyList<SpotCheckSummary>> ListAsync(Actor viewer, CancellationToken cancellationToken)
    {
        Demand(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checks = await db.SpotChecks.AsNoTracking().Include(s => s.Cases).OrderByDescending(s => s.Month).ToListAsync(cancellationToken);
        return [.. checks.Select(Summary)];
    }

    public async Task<SpotCheckDetail?> GetAsync(Guid id, Actor viewer, CancellationToken cancellationToken)
    {
        Demand(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var check = await db.SpotChecks.AsNoTracking().Include(s => s.Cases).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return check is null ? null : await DetailAsync(db, check, viewer, cancellationToken);
    }

    public async Task<SpotCheckPreview> PreviewAsync(DateOnly month, long seed, int? size, Actor viewer, CancellationToken cancellationToken)
    {
        Demand(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var population = await PopulationAsync(db, month, viewer, cancellationToken);
        var n = size ?? SpotCheckSample.SizeFor(population.Count);
        return new SpotCheckPreview(FirstOf(month), seed, population.Count, n, SpotCheckSample.Draw(population.Keys, n, seed));
    }

    public async Task<SpotCheckDetail> DrawAsync(DateOnly month, long seed, int? size, Actor actor, CancellationToken cancellationToken)
    {
        Demand(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var first = FirstOf(month);
        if (await db.SpotChecks.AnyAsync(s => s.Month == first, cancellationToken))
        {
            throw new DomainException("spot_check_exists", $"{first:yyyy-MM} already has a spot check.");
        }

        var population = await PopulationAsync(db, first, actor, cancellationToken);
        var now = clock.GetUtcNow();
        var (check, drawn) = SpotCheck.Draw(first, seed, size ?? SpotCheckSample.SizeFor(population.Count), population, Today(now), actor, now);
        db.SpotChecks.Add(check);
        db.SupervisionEvents.Add(drawn);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone drew the same month at the same moment: the unique month index kept one.
            throw new DomainException("spot_check_exists", $"{first:yyyy-MM} already has a spot check.");
        }

        return await DetailAsync(db, check, actor, cancellationToken);
    }

    public Task<SpotCheckDetail> RecordAsync(Guid id, int expectedVersion, Guid caseId, IReadOnlyDictionary<SpotCheckItem, CheckAnswer> answers, string? finding,
        Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedVersion, actor, (db, check, now) =>
        {
            db.SupervisionEvents.Add(check.Record(caseId, answers, finding, actor, now));
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<SpotCheckDetail> RequestReworkAsync(Guid id, int expectedVersion, Guid caseId, string note, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedVersion, actor, async (db, check, now) =>
        {
            var (reworked, complaintNote) = check.RequestRework(caseId, note, actor, now);
            var complaintId = check.Cases.Single(c => c.Id == caseId).ComplaintId;
            var complaint = await db.Complaints.Include(c => c.Clocks).SingleOrDefaultAsync(c => c.Id == complaintId, cancellationToken)
                            ?? throw new NotFoundException("Complaint", complaintId);
            // A note, not a reopening: the customer's case stays closed (Reopen follows the customer's appeal); the finding asks
            // the department to put its records or practice right, and the complaint's sealed history says so.
            complaint.Apply(new AddNote(complaintNote), actor, now, await rules.GetAsync(complaint.SlaPolicyName, cancellationToken));
            db.SupervisionEvents.Add(reworked);
        }, cancellationToken);

    public Task<SpotCheckDetail> CompleteAsync(Guid id, int expectedVersion, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedVersion, actor, (db, check, now) =>
        {
            db.SupervisionEvents.Add(check.Complete(actor, now));
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task<SpotCheckDetail> ChangeAsync(Guid id, int expectedVersion, Actor actor, Func<ComplaintOpsDbContext, SpotCheck, DateTimeOffset, Task> change,
        CancellationToken cancellationToken)
    {
        Demand(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var check = await db.SpotChecks.Include(s => s.Cases).SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException("Spot check", id);
        if (check.Version != expectedVersion)
        {
            throw Stale(expectedVersion, check.Version);
        }

        await change(db, check, clock.GetUtcNow());   // throws on a broken rule; nothing is saved
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Stale(expectedVersion, null);
        }

        return await DetailAsync(db, check, actor, cancellationToken);
    }

    /// <summary>The month's closed complaints the actor may see: id → reference.</summary>
    private async Task<Dictionary<Guid, string>> PopulationAsync(ComplaintOpsDbContext db, DateOnly month, Actor viewer, CancellationToken cancellationToken)
    {
        var first = FirstOf(month);
        var from = StartOfDayUtc(first);
        var to = StartOfDayUtc(first.AddMonths(1));
        return await ComplaintScope.Visible(db.Complaints.AsNoTracking(), viewer)
            .Where(c => c.Status == ComplaintStatus.Closed && c.ClosedAtUtc >= from && c.ClosedAtUtc < to)
            .ToDictionaryAsync(c => c.Id, c => c.Reference, cancellationToken);
    }

    private async Task<SpotCheckDetail> DetailAsync(ComplaintOpsDbContext db, SpotCheck check, Actor viewer, CancellationToken cancellationToken)
    {
        var ids = check.Cases.Select(c => c.ComplaintId).ToList();
        var facts = await ComplaintScope.Visible(db.Complaints.AsNoTracking(), viewer).Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Subject, c.Category, c.Department, c.HandlerName, c.ClosedAtUtc, c.Satisfaction })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var history = await db.SupervisionEvents.AsNoTracking().Where(e => e.SubjectId == check.Id).OrderBy(e => e.Id)
            .Select(e => new SupervisionEventView(e.Kind, e.ActorName, e.AtUtc, e.Detail)).ToListAsync(cancellationToken);
        var cases = check.Cases.OrderBy(c => c.Position).Select(c =>
        {
            var f = facts.GetValueOrDefault(c.ComplaintId);
            return new SpotCheckCaseView(c.Id, c.Position, c.ComplaintId, c.Reference, f?.Subject, f?.Category, f?.Department, f?.HandlerName, f?.ClosedAtUtc,
                f?.Satisfaction, c.Answers(), c.Finding, c.Passed, c.ReworkRequested, c.ReworkNote, c.CheckedByName, c.CheckedAtUtc);
        }).ToList();
        return new SpotCheckDetail(Summary(check), cases, history);
    }

    internal static SpotCheckSummary Summary(SpotCheck s) =>
        new(s.Id, s.Month, s.Seed, s.Population, s.SampleSize, s.Cases.Count(c => c.IsChecked), s.Cases.Count(c => c.Passed == true), s.PassRate,
            s.Cases.Count(c => c.ReworkRequested), s.Status, s.DrawnByName, s.DrawnAtUtc, s.CompletedAtUtc, s.Version);

    private static DateOnly FirstOf(DateOnly month) => new(month.Year, month.Month, 1);

    private DateTimeOffset StartOfDayUtc(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), _zone), TimeSpan.Zero);

    private DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _zone).DateTime);

    private static DomainException Stale(int expected, int? actual) => new("concurrency_conflict",
        $"The spot check was changed by someone else (you saw version {expected}{(actual is { } a ? $", it is now {a}" : "")}). Reload and try again.");

    private static void Demand(Actor actor)
    {
        if (!actor.Has(Permission.SpotCheck))
        {
            throw ForbiddenException.Lacking(Permission.SpotCheck);
        }
    }
}
