using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Data.Persistence.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Complaints;

public sealed class ComplaintQueries(
    IDbContextFactory<ComplaintOpsDbContext> dbFactory, HandlingRulesProvider rules, HistorySeal seal, PersonalDataLookup lookup, TimeProvider clock)
    : IComplaintQueries
{
    public async Task<PagedResult<ComplaintRow>> ListAsync(ComplaintListQuery query, Actor viewer, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var q = Filter(ComplaintScope.Visible(db.Complaints.AsNoTracking(), viewer), query, viewer, lookup);
        var total = await q.CountAsync(cancellationToken);
        var rows = await Sort(q, query.Sort)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 1, 500))
            .Select(c => new ComplaintRow(c.Id, c.Reference, c.Subject, c.Status, c.Channel, c.Category, c.Severity, c.Department,
                c.HandlerName, c.CustomerName, c.CustomerTier, c.RegisteredAtUtc, c.NextDueAtUtc, c.NextDueClock, c.Round))
            .ToListAsync(cancellationToken);
        // The list shows only the name, and in clear only to those who may see personal data (they work the cases).
        // Masked for everyone, as on the detail page: the only way to see a name is the logged per-field "show" (every unmasking audited).
        return new PagedResult<ComplaintRow>([.. rows.Select(r => r with { CustomerName = PersonalDataMask.Name(r.CustomerName) })], total);
    }

    public async Task<ComplaintDetail?> GetAsync(Guid id, Actor viewer, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var complaint = await db.Complaints.AsNoTracking().Include(c => c.Clocks).Include(c => c.Events).Include(c => c.Parties)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return complaint is null || !ComplaintAccess.CanView(viewer, complaint.Department, complaint.HandlerId)
            ? null
            : ToDetail(complaint, viewer, await rules.GetAsync(complaint.SlaPolicyName, cancellationToken));
    }

    public async Task<ComplaintDetail?> GetByReferenceAsync(string reference, Actor viewer, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var id = await db.Complaints.AsNoTracking().Where(c => c.Reference == reference).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
        return id is { } found ? await GetAsync(found, viewer, cancellationToken) : null;
    }

    private ComplaintDetail ToDetail(Complaint c, Actor viewer, HandlingRules handling)
    {
        var now = clock.GetUtcNow();
        var policy = handling.Policy;
        var clocks = c.Clocks.OrderBy(k => k.Round).ThenBy(k => k.Kind).ThenBy(k => k.StartedAtUtc)
            .Select(k => new ClockView(k.Kind, k.Round, k.StartedAtUtc, k.DueAtUtc, k.MetAtUtc, k.WorkingDays, k.CalendarDays, k.ExtensionDays,
                k.StateAt(now, policy.AtRiskFraction))
            {
                Basis = ClockBasis.Of(policy, k.Kind, c.IsVip, k.DueCount, k.ExtensionStages, k.WorkingDays, k.CalendarDays),
                Legal = k.Legal,
                ExtensionStages = k.ExtensionStages,
                Excluded = k.Excluded,
                CalendarMissing = ClockCoverage.IsCalendarMissing(k, handling.Calendar),
            })
            .ToList();
        var timeline = c.Events.OrderBy(e => e.Sequence).Select(ToView).ToList();
        return new ComplaintDetail(c.Id, c.Reference, c.Version, c.Status, c.Channel, c.Subject, c.Description, c.Language,
            PersonalDataMask.Name(c.CustomerName), PersonalDataMask.Phone(c.CustomerPhone), PersonalDataMask.Email(c.CustomerEmail),
            PersonalDataMask.IdNumber(c.CustomerIdNumber), PersonalDataMask.Account(c.CustomerAccount), c.CustomerTier, c.Product, c.DisputedAmount, c.Category, c.Severity, c.Department, c.HandlerId,
            c.HandlerName, c.FirstResponderName, c.SlaPolicyName, c.NamedEmployeeIds, c.RegisteredAtUtc, c.Round, c.IsPaused, c.PauseReason,
            c.RootCause, c.Measures, c.ResolutionOwner, c.CompensationKind, c.CompensationAmount, c.CompensationAuthorized, c.RequiredApprovalRole,
            c.Satisfaction, c.MergedIntoId, c.RepeatCount, clocks, timeline, c.AvailableTriggers(viewer, handling, now),
            c.FindHistoryBreak(seal) is null)
        {
            ReceivedAtUtc = c.ReceivedAtUtc,
            Region = c.Region,
            Policy = policy,
            NextExtension = c.NextExtension(policy),
            NextExtensionDueAtUtc = c.NextExtensionDueAtUtc(handling),
            Decision = c.Decision,
            DecisionSentAtUtc = c.DecisionSentAtUtc,
            CallbackRecorded = c.CallbackRecorded,
            FollowUpOpen = c.FollowUpOpen,
            ReviewDecisionReceivedOn = c.ReviewDecisionReceivedOn,
            ReviewOutcome = c.ReviewOutcome,
            OriginalDepartment = c.OriginalDepartment,
            IsMajor = c.IsMajor,
            MajorReason = c.MajorReason,
            RegulatorName = c.RegulatorName,
            RegulatorReference = c.RegulatorReference,
            RegulatorReport = c.RegulatorReport,
            RegulatorReportedAtUtc = c.RegulatorReportedAtUtc,
            ComplainantCount = c.ComplainantCount,
            Parties = [.. c.Parties.OrderBy(p => p.Role).ThenBy(p => p.Position).Select(p => new PartyView(p.Id, p.Role, p.Position,
                PersonalDataMask.Name(p.Name), PersonalDataMask.Phone(p.Phone), PersonalDataMask.IdNumber(p.IdNumber), p.Relationship,
                p.AuthorizationReference, p.AuthorizedOn))],
        };
    }

    // An event edited outside the application may hold Details that are not JSON: show its raw text rather than fail
    // the whole page (FindHistoryBreak reports the same event as unreadable, so the history shows as broken).
    private static EventView ToView(ComplaintEvent e) => e.ReadDetails() is { } details
        ? new EventView(e.Sequence, e.Kind, e.FromStatus, e.ToStatus, e.ActorName, e.ActorRole, e.OccurredAtUtc, e.Reason, details, e.Hash)
        : new EventView(e.Sequence, e.Kind, e.FromStatus, e.ToStatus, e.ActorName, e.ActorRole, e.OccurredAtUtc, e.Reason,
            new Dictionary<string, string>(), e.Hash, UnreadableDetails: e.Details);

    // Reference and subject by substring; phone and ID number only whole, through their lookup hashes (the columns
    // themselves are ciphertext). The customer's name is not searchable: its ciphertext cannot be matched.
    private static IQueryable<Complaint> Filter(IQueryable<Complaint> q, ComplaintListQuery f, Actor viewer, PersonalDataLookup lookup)
    {
        if (f.MineOnly)
        {
            var me = viewer.Id;
            var mine = viewer.Department;
            q = q.Where(c => c.HandlerId == me || (c.HandlerId == null && mine != null && c.Department == mine));
        }

        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            var text = f.Text.Trim();
            var phone = lookup.Phone(text) ?? "";
            var idNumber = lookup.IdNumber(text) ?? "";
            q = q.Where(c => c.Reference.Contains(text) || c.Subject.Contains(text)
                             || EF.Property<string?>(c, ComplaintPersonalDataMapping.PhoneLookup) == phone
                             || EF.Property<string?>(c, ComplaintPersonalDataMapping.IdNumberLookup) == idNumber);
        }

        if (f.Statuses.Count > 0)
        {
            var statuses = f.Statuses.ToList();
            q = q.Where(c => statuses.Contains(c.Status));
        }

        if (f.OpenOnly)
        {
            q = q.Where(c => c.Status != ComplaintStatus.Closed && c.Status != ComplaintStatus.Withdrawn
                             && c.Status != ComplaintStatus.Rejected && c.Status != ComplaintStatus.Merged);
        }

        if (f.Channel is { } channel)
        {
            q = q.Where(c => c.Channel == channel);
        }

        if (f.Category is { } category)
        {
            q = q.Where(c => c.Category == category);
        }

        if (f.Severity is { } severity)
        {
            q = q.Where(c => c.Severity == severity);
        }

        if (f.Department is { } department)
        {
            q = q.Where(c => c.Department == department);
        }

        if (f.CustomerTier is { } tier)
        {
            q = q.Where(c => c.CustomerTier == tier);
        }

        if (f.RegisteredFromUtc is { } from)
        {
            q = q.Where(c => c.RegisteredAtUtc >= from);
        }

        if (f.RegisteredToUtc is { } to)
        {
            q = q.Where(c => c.RegisteredAtUtc < to);
        }

        return q;
    }

    private static IQueryable<Complaint> Sort(IQueryable<Complaint> q, ComplaintSort sort) => sort switch
    {
        ComplaintSort.Oldest => q.OrderBy(c => c.RegisteredAtUtc).ThenBy(c => c.Id),
        ComplaintSort.DueSoonest => q.OrderBy(c => c.NextDueAtUtc == null).ThenBy(c => c.NextDueAtUtc).ThenBy(c => c.Id),
        ComplaintSort.Reference => q.OrderBy(c => c.Reference),
        _ => q.OrderByDescending(c => c.RegisteredAtUtc).ThenByDescending(c => c.Id),
    };
}
