using System.Text.Encodings.Web;
using System.Text.Json;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>
/// The complaint aggregate. Its status changes only through <see cref="Apply"/>, checked against
/// <see cref="ComplaintWorkflow"/>; every change appends a sealed, chained <see cref="ComplaintEvent"/>.
/// The rules per trigger live in Complaint.Rules.cs.
/// </summary>
public sealed partial class Complaint : Entity
{
    private readonly List<ComplaintClock> _clocks = [];
    private readonly List<ComplaintEvent> _events = [];
    private readonly List<ComplaintParty> _parties = [];

    private Complaint()
    {
    }

    public Guid Id { get; internal set; }

    /// <summary>Human-facing number, e.g. CP20261122-7K3M9Q2XZA.</summary>
    public string Reference { get; internal set; } = "";

    public ComplaintStatus Status { get; internal set; }

    /// <summary>Optimistic concurrency token: +1 on every change.</summary>
    public int Version { get; internal set; }

    public Channel Channel { get; internal set; }

    public string Subject { get; internal set; } = "";

    public string Description { get; internal set; } = "";

    public string Language { get; internal set; } = "zh";

    public string CustomerName { get; internal set; } = "";

    public string? CustomerPhone { get; internal set; }

    public string? CustomerEmail { get; internal set; }

    public string? CustomerIdNumber { get; internal set; }

    public string? CustomerAccount { get; internal set; }

    public CustomerTier CustomerTier { get; internal set; }

    public Channel? PreferredContact { get; internal set; }

    public string? Product { get; internal set; }

    /// <summary>Province-level region (GB/T 2260 code from <see cref="Regions"/>) where the complaint arose; the regulator counts by it.</summary>
    public string? Region { get; internal set; }

    public decimal? DisputedAmount { get; internal set; }

    /// <summary>The partner the complaint is about (collection agency, product issuer, channel), by <see cref="Partner.Code"/>.</summary>
    public string? PartnerCode { get; internal set; }

    public string? ExternalReference { get; internal set; }

    public List<string> NamedEmployeeIds { get; internal set; } = [];

    public string? Category { get; internal set; }

    public Severity? Severity { get; internal set; }

    public string? Department { get; internal set; }

    public string? HandlerId { get; internal set; }

    public string? HandlerName { get; internal set; }

    /// <summary>首问负责制: the agent who registered the complaint stays named on it.</summary>
    public string FirstResponderId { get; internal set; } = "";

    public string FirstResponderName { get; internal set; } = "";

    public string SlaPolicyName { get; internal set; } = "";

    /// <summary>When the institution received the complaint (收到投诉之日): the profiles count from here, not from registration.</summary>
    public DateTimeOffset ReceivedAtUtc { get; internal set; }

    public DateTimeOffset RegisteredAtUtc { get; internal set; }

    public DateTimeOffset UpdatedAtUtc { get; internal set; }

    public DateTimeOffset? ResolvedAtUtc { get; internal set; }

    public DateTimeOffset? ClosedAtUtc { get; internal set; }

    /// <summary>Handling round: 1, then +1 for each appeal that reopens the case.</summary>
    public int Round { get; internal set; } = 1;

    public bool IsAppealRound => Round > 1;

    public bool IsPaused { get; internal set; }

    public PauseReason? PauseReason { get; internal set; }

    public bool Acknowledged { get; internal set; }

    public string? RootCause { get; internal set; }

    public string? Measures { get; internal set; }

    public string? ResolutionOwner { get; internal set; }

    public CompensationKind CompensationKind { get; internal set; }

    public decimal CompensationAmount { get; internal set; }

    /// <summary>False while a resolution above the proposer's limit waits for a tier that covers it.</summary>
    public bool CompensationAuthorized { get; internal set; } = true;

    public StaffRole? RequiredApprovalRole { get; internal set; }

    public string? CompensationAuthorizedBy { get; internal set; }

    /// <summary>The decision notice (art. 19) and the proof it was sent (art. 21).</summary>
    public DecisionNotice? Decision { get; internal set; }

    public DateTimeOffset? DecisionSentAtUtc { get; internal set; }

    public int? Satisfaction { get; internal set; }

    /// <summary>The satisfaction callback was made (a score, or attempts when the customer could not be reached).</summary>
    public bool CallbackRecorded { get; internal set; }

    public int CallbackAttempts { get; internal set; }

    /// <summary>A low satisfaction score opened a follow-up that must be completed before closing.</summary>
    public bool FollowUpOpen { get; internal set; }

    /// <summary>核查: when the customer says they received the decision, and what the review decided.</summary>
    public DateOnly? ReviewDecisionReceivedOn { get; internal set; }

    public ReviewOutcome? ReviewOutcome { get; internal set; }

    /// <summary>The department that made the decision under review (the reviewer must be outside it).</summary>
    public string? OriginalDepartment { get; internal set; }

    /// <summary>重大投诉 (art. 29) and why.</summary>
    public bool IsMajor { get; internal set; }

    public MajorReason? MajorReason { get; internal set; }

    public string? RegulatorName { get; internal set; }

    public string? RegulatorReference { get; internal set; }

    /// <summary>What was reported to the regulator (transfer result or major complaint), kept as sent.</summary>
    public string? RegulatorReport { get; internal set; }

    public DateTimeOffset? RegulatorReportedAtUtc { get; internal set; }

    public Guid? MergedIntoId { get; internal set; }

    public int RepeatCount { get; internal set; }

    public DateTimeOffset? RegulatorDeadlineUtc { get; internal set; }

    /// <summary>Nearest due date among running, unpaused clocks (denormalised for queues).</summary>
    public DateTimeOffset? NextDueAtUtc { get; internal set; }

    public ClockKind? NextDueClock { get; internal set; }

    /// <summary>When the nearest clock turns at risk (its span × the policy's at-risk fraction): lets queues filter by clock state in SQL.</summary>
    public DateTimeOffset? NextAtRiskAtUtc { get; internal set; }

    /// <summary>Still in the process (counted in queues): not closed, withdrawn, rejected or merged.</summary>
    public bool IsOpen { get; internal set; } = true;

    public string? IdempotencyKey { get; internal set; }

    /// <summary>Hash of the intake request, to tell a retry from a different request reusing a key.</summary>
    public string? IntakeFingerprint { get; internal set; }

    public int EventCount { get; internal set; }

    public string LastEventHash { get; internal set; } = "";

    public IReadOnlyList<ComplaintClock> Clocks => _clocks;

    /// <summary>Joint complainants and the agent; loaded only where shown (a group complaint can have hundreds).</summary>
    public IReadOnlyList<ComplaintParty> Parties => _parties;

    /// <summary>The main complainant plus the joint ones, as registered: what the major-complaint rule counts.</summary>
    public int ComplainantCount { get; internal set; } = 1;

    /// <summary>Only the events appended in this unit of work unless the history was loaded.</summary>
    public IReadOnlyList<ComplaintEvent> Events => _events;

    public bool IsVip => CustomerTier == CustomerTier.Vip;

    /// <param name="id">
    /// The identity to use, for callers that must be reproducible (the demo data set); by default a version-7 Guid of
    /// <paramref name="nowUtc"/>, whose random bits make the id and the reference differ on every call.
    /// </param>
    public static Complaint Register(NewComplaint data, Actor actor, DateTimeOffset nowUtc, HandlingRules rules,
        string? idempotencyKey = null, string? intakeFingerprint = null, Guid? id = null)
    {
        if (!actor.Has(Permission.RegisterComplaint))
        {
            throw ForbiddenException.Lacking(Permission.RegisterComplaint);
        }

        if (id == Guid.Empty)
        {
            throw new ArgumentException("The complaint id cannot be empty.", nameof(id));
        }

        nowUtc = StoredInstant.Normalize(nowUtc);
        GuardIntake(data, nowUtc, rules.Calendar.LocalDate(nowUtc));
        var receivedUtc = StoredInstant.Normalize(data.ReceivedAt ?? nowUtc);
        var complaintId = id ?? Guid.CreateVersion7(nowUtc);
        var c = new Complaint
        {
            Id = complaintId,
            Reference = MakeReference(complaintId, rules.Calendar.LocalDate(nowUtc)),
            Status = ComplaintStatus.Registered,
            Channel = data.Channel,
            Subject = data.Subject.Trim(),
            Description = data.Description.Trim(),
            Language = data.Language,
            CustomerName = data.CustomerName.Trim(),
            CustomerPhone = data.CustomerPhone,
            CustomerEmail = data.CustomerEmail,
            CustomerIdNumber = data.CustomerIdNumber,
            CustomerAccount = data.CustomerAccount,
            CustomerTier = data.CustomerTier,
            PreferredContact = data.PreferredContact,
            Product = data.Product,
            Region = data.Region,
            DisputedAmount = data.DisputedAmount,
            PartnerCode = Partners.PartnerCodes.Normalize(data.PartnerCode),
            ExternalReference = data.ExternalReference,
            NamedEmployeeIds = [.. data.NamedEmployeeIds],
            FirstResponderId = actor.Id,
            FirstResponderName = actor.Name,
            SlaPolicyName = rules.Policy.Name,
            ReceivedAtUtc = receivedUtc,
            RegisteredAtUtc = nowUtc,
            RegulatorName = data.RegulatorName,
            RegulatorReference = data.RegulatorReference,
            UpdatedAtUtc = nowUtc,
            IdempotencyKey = idempotencyKey,
            IntakeFingerprint = intakeFingerprint,
            ComplainantCount = 1 + data.JointComplainants.Count,
        };
        for (var i = 0; i < data.JointComplainants.Count; i++)
        {
            c._parties.Add(ComplaintParty.Complainant(complaintId, i + 1, data.JointComplainants[i]));
        }

        if (data.Agent is { } agent)
        {
            c._parties.Add(ComplaintParty.ForAgent(complaintId, agent));
        }

        // The rules count from receipt (收到投诉之日): a letter keyed in late does not start late.
        foreach (var kind in (ReadOnlySpan<ClockKind>)[ClockKind.Acknowledge, ClockKind.Route, ClockKind.SummaryResolution, ClockKind.Resolve])
        {
            c.StartClock(kind, receivedUtc, rules);
        }

        if (data.RegulatorDeadline is { } deadline)
        {
            c.RegulatorDeadlineUtc = rules.Calendar.EndOfDayUtc(deadline);
            c._clocks.Add(ComplaintClock.StartFixed(complaintId, ClockKind.Regulator, c.Round, receivedUtc, c.RegulatorDeadlineUtc.Value));
        }

        // Art. 29 at intake: flagged, severity Major and the report clock in the same unit of work as the registration.
        var major = MajorReasonsAtIntake(data, rules.Policy.Major);
        if (major.Count > 0)
        {
            c.MarkMajor(major[0], receivedUtc, rules);
        }

        c.Append(rules, ComplaintEvent.RegisteredKind, null, actor, nowUtc, null, Details(("channel", data.Channel.ToString()), ("tier", data.CustomerTier.ToString()),
            ("receivedAt", receivedUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture)), ("policy", rules.Policy.Name), ("partner", Partners.PartnerCodes.Normalize(data.PartnerCode)),
            ("regulatorReference", data.RegulatorReference),
            ("complainants", c.ComplainantCount > 1 ? c.ComplainantCount.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
            ("agentAuthorization", data.Agent?.AuthorizationReference),
            ("major", major.Count > 0 ? string.Join(",", major) : null)));
        return c;
    }

    /// <summary>
    /// The intake validator refuses these first, with a message per field; this is the last line, so that no caller can
    /// store an amount the columns cannot hold exactly or a deadline whose date arithmetic overflows.
    /// </summary>
    private static void GuardIntake(NewComplaint data, DateTimeOffset nowUtc, DateOnly today)
    {
        if (data.ReceivedAt is { } received && (received > nowUtc || received < nowUtc.AddDays(-ComplaintLimits.ReceiptMaxAgeDays)))
        {
            throw new DomainException("invalid_receivedAt",
                $"The receipt time must lie between {ComplaintLimits.ReceiptMaxAgeDays} days ago and now (it cannot be after registration).");
        }

        if (data.RegulatorDeadline is not null && string.IsNullOrWhiteSpace(data.RegulatorReference))
        {
            throw new DomainException("invalid_regulatorReference", "A regulator transfer needs the regulator's reference.");
        }

        if (data.JointComplainants.Count > ComplaintLimits.JointComplainants || data.JointComplainants.Any(j => string.IsNullOrWhiteSpace(j.Name)))
        {
            throw new DomainException("invalid_jointComplainants",
                $"Up to {ComplaintLimits.JointComplainants} joint complainants, each with a name.");
        }

        if (data.Agent is { } agent && (string.IsNullOrWhiteSpace(agent.Name) || string.IsNullOrWhiteSpace(agent.AuthorizationReference)
                                        || agent.AuthorizedOn is not { } signed || signed > today))
        {
            throw new DomainException("agent_not_authorized",
                "An agent acts only on a recorded authorisation: give its reference and the date it was signed (not after today).");
        }

        if (data.Region is { } region && !Regions.Exists(region))
        {
            throw new DomainException("invalid_region", "The region must be a province-level code from the region catalog.");
        }

        if (data.DisputedAmount is { } amount && !Money.IsValid(amount))
        {
            throw new DomainException("invalid_disputedAmount", "The disputed amount " + Money.Rule + ".");
        }

        if (data.RegulatorDeadline is { } deadline && (deadline < today || deadline > today.AddYears(ComplaintLimits.RegulatorDeadlineYears)))
        {
            throw new DomainException("invalid_regulatorDeadline", $"The regulator's deadline must lie between {today:yyyy-MM-dd} and a year later.");
        }
    }

    /// <summary>
    /// Carries out <paramref name="activity"/>. Refuses illegal triggers (the workflow table), missing permissions or scope,
    /// and the activity's own broken rules with a <see cref="DomainException"/> before touching any state, so a refused
    /// activity changes nothing.
    /// </summary>
    public void Apply(ComplaintActivity activity, Actor actor, DateTimeOffset nowUtc, HandlingRules rules)
    {
        var from = Status;
        var to = ComplaintWorkflow.Next(from, activity.Trigger);
        if (ComplaintAccess.Refusal(this, actor, activity.Trigger) is { } refusal)
        {
            throw refusal;
        }

        var context = new ActivityContext(actor, StoredInstant.Normalize(nowUtc), rules);
        activity.Check(this, context);   // throws on any broken rule: nothing has changed yet
        activity.Apply(this, context);
        Status = to;
        Append(rules, activity.Trigger.ToString(), from, actor, context.NowUtc, activity.Remark, Details([.. activity.Details()]));
    }

    /// <summary>Open clocks and their states at <paramref name="nowUtc"/>.</summary>
    public IEnumerable<(ComplaintClock Clock, ClockState State)> ClockStates(DateTimeOffset nowUtc, double atRiskFraction) =>
        _clocks.Select(c => (c, c.StateAt(nowUtc, atRiskFraction)));

    internal void StartClock(ClockKind kind, DateTimeOffset startUtc, HandlingRules rules)
    {
        if (rules.Policy.RuleOrNull(kind) is { } rule)
        {
            _clocks.Add(ComplaintClock.Start(Id, rule, IsVip, Round, startUtc, rules.Calendar));
        }
    }

    internal ComplaintClock? Running(ClockKind kind) => _clocks.LastOrDefault(c => c.Kind == kind && c.IsRunning);

    internal void AddClock(ComplaintClock clock) => _clocks.Add(clock);

    private void Append(HandlingRules rules, string kind, ComplaintStatus? from, Actor actor, DateTimeOffset nowUtc, string? reason, string? details)
    {
        EventCount++;
        var e = ComplaintEvent.Create(Id, EventCount, kind, from, Status, actor, nowUtc, reason, details, LastEventHash, rules.Seal);
        _events.Add(e);
        LastEventHash = e.Hash;
        Version++;
        UpdatedAtUtc = nowUtc;
        IsOpen = Status.IsOpen();
        RefreshNextDue(rules.Policy.AtRiskFraction);
        AddDomainEvent(new ComplaintChangedEvent(Id, Reference, kind, from, Status, Department, actor.Name, nowUtc));
    }

    private void RefreshNextDue(double atRiskFraction)
    {
        var next = _clocks.Where(c => c.IsRunning && !c.IsPaused).MinBy(c => c.DueAtUtc);
        NextDueAtUtc = next?.DueAtUtc;
        NextDueClock = next?.Kind;
        NextAtRiskAtUtc = next is null ? null : StoredInstant.Normalize(next.StartedAtUtc + ((next.DueAtUtc - next.StartedAtUtc) * atRiskFraction));
    }

    // Chinese stays readable in the stored history.
    private static readonly JsonSerializerOptions DetailsJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string MakeReference(Guid id, DateOnly localDate)
    {
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        var bytes = id.ToByteArray();
        var bits = BitConverter.ToUInt64(bytes, 8);
        Span<char> tail = stackalloc char[10];
        for (var i = 0; i < tail.Length; i++)
        {
            tail[i] = alphabet[(int)(bits & 31)];
            bits >>= 5;
        }

        return $"CP{localDate:yyyyMMdd}-{tail}";
    }

    internal static string? Details(params (string Key, string? Value)[] pairs)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            if (!string.IsNullOrEmpty(value))
            {
                map[key] = value;
            }
        }

        return map.Count == 0 ? null : JsonSerializer.Serialize(map, DetailsJson);
    }
}
