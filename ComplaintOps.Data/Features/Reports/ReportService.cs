using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Reports;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Queue;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Reports;

public sealed class ReportService(IDbContextFactory<ComplaintOpsDbContext> dbFactory, HandlingRulesProvider rules, HistorySeal seal,
    IOptions<ReportOptions> options, TimeProvider clock) : IReportService
{
    public async Task<ReportView> GetAsync(ReportKind kind, ReportPeriod period, Actor viewer, CancellationToken cancellationToken)
    {
        Demand(viewer, Permission.ViewReports);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var institution = await InstitutionAsync(db, period, cancellationToken);
        var now = await RunAsync(db, kind, period, institution, cancellationToken);
        var snapshot = await db.Set<ReportSnapshot>().AsNoTracking().FirstOrDefaultAsync(s => s.Kind == kind && s.PeriodKey == period.Key, cancellationToken);
        var signOff = snapshot is null ? null : Info(snapshot);
        return new ReportView(kind, period, snapshot?.ReadFigures() ?? now, signOff,
            snapshot is null ? [] : ReportDiff.Between(snapshot.ReadFigures(), now),
            institution is null ? null : new InstitutionFiguresView(institution.Branches, institution.PersonalCustomers, institution.MedianPerThousandBranches,
                institution.MedianPerTenMillionCustomers, institution.MediansSource, institution.EnteredByName, institution.EnteredAtUtc),
            CanSignOff: snapshot is null && viewer.Has(Permission.SignOffReports));
    }

    public async Task<DrillResult> DrillAsync(ReportKind kind, ReportPeriod period, string figureKey, Actor viewer, CancellationToken cancellationToken)
    {
        var report = await GetAsync(kind, period, viewer, cancellationToken);
        return report.Figure(figureKey) is { } figure ? await ListAsync(figure, viewer, cancellationToken) : new DrillResult(null, [], 0);
    }

    public async Task<DrillResult> ListAsync(ReportFigure figure, Actor viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(figure);
        Demand(viewer, Permission.ViewReports);
        if (figure.Ids.Count == 0)
        {
            return new DrillResult(figure, [], 0);
        }

        var ids = figure.Ids.ToList();
        var mask = !viewer.Has(Permission.ViewPersonalData);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await ComplaintScope.Visible(db.Complaints.AsNoTracking(), viewer).Where(c => ids.Contains(c.Id))
            .OrderBy(c => c.ReceivedAtUtc).ThenBy(c => c.Id)
            .Select(c => new QueueRow(c.Id, c.Reference, c.Subject, c.Status, c.Department, c.HandlerName, c.Category, c.Severity, c.Channel,
                c.CustomerTier, c.RegisteredAtUtc, c.NextDueAtUtc, c.NextDueClock, null))
            .ToListAsync(cancellationToken);
        return new DrillResult(figure, [.. rows.Select(r => mask ? r with { Subject = PiiMasker.Mask(r.Subject) } : r)], ids.Count - rows.Count);
    }

    public async Task<SignOffInfo> SignOffAsync(ReportKind kind, ReportPeriod period, Actor actor, CancellationToken cancellationToken)
    {
        Demand(actor, Permission.SignOffReports);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Set<ReportSnapshot>().AnyAsync(s => s.Kind == kind && s.PeriodKey == period.Key, cancellationToken))
        {
            throw AlreadySigned(period);
        }

        var figures = await RunAsync(db, kind, period, await InstitutionAsync(db, period, cancellationToken), cancellationToken);
        var snapshot = ReportSnapshot.SignOff(kind, period.Key, figures, actor, clock.GetUtcNow(), seal);
        db.Add(snapshot);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)   // the unique (kind, period): someone signed in between
        {
            throw AlreadySigned(period);
        }

        return Info(snapshot);
    }

    public async Task EnterInstitutionFiguresAsync(ReportPeriod period, int branches, long personalCustomers, decimal? medianPerThousandBranches,
        decimal? medianPerTenMillionCustomers, string? mediansSource, Actor actor, CancellationToken cancellationToken)
    {
        var entry = InstitutionFigures.Enter(period, branches, personalCustomers, medianPerThousandBranches, medianPerTenMillionCustomers, mediansSource,
            actor, clock.GetUtcNow());
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<ReportDue> DueAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        var calendar = (await rules.GetAsync(null, cancellationToken)).Calendar;
        var today = calendar.LocalDate(nowUtc);
        var period = ReportPeriod.LastEnded(today);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var signed = await db.Set<ReportSnapshot>().AnyAsync(s => s.Kind == ReportKind.SemiAnnual && s.PeriodKey == period.Key, cancellationToken);
        var daysLeft = period.Due.DayNumber - today.DayNumber;
        return new ReportDue(period, period.Due, daysLeft, signed, !signed && daysLeft <= options.Value.ReminderDaysBefore);
    }

    private async Task<IReadOnlyList<ReportFigure>> RunAsync(ComplaintOpsDbContext db, ReportKind kind, ReportPeriod period, InstitutionFigures? institution,
        CancellationToken cancellationToken)
    {
        var calendar2012 = (await rules.GetAsync(SlaPolicies.Bank2012.Name, cancellationToken)).Calendar;
        var facts = await ReportFacts.LoadAsync(db, ReportFacts.InPeriod(db, period, calendar2012.TimeZone), cancellationToken);
        return kind switch
        {
            ReportKind.SemiAnnual => SemiAnnualReport.Build(facts, institution, calendar2012),
            ReportKind.Disclosure => DisclosureReport.Build(facts),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown report kind."),
        };
    }

    private static Task<InstitutionFigures?> InstitutionAsync(ComplaintOpsDbContext db, ReportPeriod period, CancellationToken cancellationToken) =>
        db.Set<InstitutionFigures>().AsNoTracking().Where(f => f.PeriodKey == period.Key)
            .OrderByDescending(f => f.EnteredAtUtc).ThenByDescending(f => f.Id).FirstOrDefaultAsync(cancellationToken);

    private SignOffInfo Info(ReportSnapshot s) => new(s.Id, s.SignedById, s.SignedByName, s.SignedAtUtc, s.Hash, s.Verifies(seal));

    private static DomainException AlreadySigned(ReportPeriod period) =>
        new("report_already_signed", $"The report for {period.Key} is already signed off; a signed report is never changed.");

    private static void Demand(Actor actor, Permission permission)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(permission))
        {
            throw ForbiddenException.Lacking(permission);
        }
    }
}
