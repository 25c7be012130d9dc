using System.Text.Encodings.Web;
using System.Text.Json;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
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

    private Complaint()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Human-facing number, e.g. CP20261122-7K3M9Q2XZA.</summary>
    public string Reference { get; private set; } = "";

    public ComplaintStatus Status { get; private set; }

    /// <summary>Optimistic concurrency token: +1 on every change.</summary>
    public int Version { get; private set; }

    public Channel Channel { get; private set; }

    public string Subject { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string Language { get; private set; } = "zh";

    public string CustomerName { get; private set; } = "";

    public string? CustomerPhone { get; private set; }

    public string? CustomerEmail { get; private set; }

    public string? CustomerIdNumber { get; private set; }

    public string? CustomerAccount { get; private set; }

    public CustomerTier CustomerTier { get; private set; }

    public Channel? PreferredContact { get; private set; }

    public string? Product { get; private set; }

    public decimal? DisputedAmount { get; private set; }

    public string? ExternalReference { get; private set; }

    public List<string> NamedEmployeeIds { get; private set; } = [];

    public string? Category { get; private set; }

    public Severity? Severity { get; private set; }

    public string? Department { get; private set; }

    public string? HandlerId { get; private set; }

    public string? HandlerName { get; private set; }

    /// <summary>首问负责制: the agent who registered the complaint stays named on it.</summary>
    public string FirstResponderId { get; private set; } = "";

    public string FirstResponderName { get; private set; } = "";

    public string SlaPolicyName { get; private set; } = "";

    public DateTimeOffset RegisteredAtUtc { get; private set; }

    public DateTimeOffset UpdatedAtUtc { get; private set; }

    public DateTimeOffset? ResolvedAtUtc { get; private set; }

    public DateTimeOffset? ClosedAtUtc { get; private set; }

    /// <summary>Handling round: 1, then +1 for each appeal that reopens the case.</summary>
    public int Round { get; private set; } = 1;

    public bool IsAppealRound => Round > 1;

    public bool IsPaused { get; private set; }

    public PauseReason? PauseReason { get; private set; }

    public bool Acknowledged { get; private set; }

    public string? RootCause { get; private set; }

    public string? Measures { get; private set; }

    public string? ResolutionOwner { get; private set; }

    public CompensationKind CompensationKind { get; private set; }

    public decimal CompensationAmount { get; private set; }

    /// <summary>False while a resolution above the proposer's limit waits for a tier that covers it.</summary>
    public bool CompensationAuthorized { get; private set; } = true;

    public StaffRole? RequiredApprovalRole { get; private set; }

    public string? CompensationAuthorizedBy { get; private set; }

    public int? Satisfaction { get; private set; }

    public Guid? MergedIntoId { get; private set; }

    public int RepeatCount { get; private set; }

    public DateTimeOffset? RegulatorDeadlineUtc { get; private set; }

    /// <summary>Nearest due date among running, unpaused clocks (denormalised for queues).</summary>
    public DateTimeOffset? NextDueAtUtc { get; private set; }

    public ClockKind? NextDueClock { get; private set; }

    /// <summary>When the nearest clock turns at risk (its span × the policy's at-risk fraction): lets queues filter by clock state in SQL.</summary>
    public DateTimeOffset? NextAtRiskAtUtc { get; private set; }

    /// <summary>Still in the process (counted in queues): not closed, withdrawn, rejected or merged.</summary>
    public bool IsOpen { get; private set; } = true;

    public string? IdempotencyKey { get; private set; }

    /// <summary>Hash of the intake request, to tell a retry from a different request reusing a key.</summary>
    public string? IntakeFingerprint { get; private set; }

    public int EventCount { get; private set; }

    public string LastEventHash { get; private set; } = "";

    public IReadOnlyList<ComplaintClock> Clocks => _clocks;

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
        GuardIntake(data, rules.Calendar.LocalDate(nowUtc));
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
            DisputedAmount = data.DisputedAmount,
            ExternalReference = data.ExternalReference,
            NamedEmployeeIds = [.. data.NamedEmployeeIds],
            FirstResponderId = actor.Id,
            FirstResponderName = actor.Name,
            SlaPolicyName = rules.Policy.Name,
            RegisteredAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
            IdempotencyKey = idempotencyKey,
            IntakeFingerprint = intakeFingerprint,
        };

        c.StartClock(ClockKind.Acknowledge, nowUtc, rules);
        c.StartClock(ClockKind.Route, nowUtc, rules);
        c.StartClock(ClockKind.Resolve, nowUtc, rules);
        if (data.RegulatorDeadline is { } deadline)
        {
            c.RegulatorDeadlineUtc = rules.Calendar.EndOfDayUtc(deadline);
            c._clocks.Add(ComplaintClock.StartFixed(complaintId, ClockKind.Regulator, c.Round, nowUtc, c.RegulatorDeadlineUtc.Value));
        }

        c.Append(rules, ComplaintEvent.RegisteredKind, null, actor, nowUtc, null, Details(("channel", data.Channel.ToString()), ("tier", data.CustomerTier.ToString())));
        return c;
    }

    /// <summary>
    /// The intake validator refuses these first, with a message per field; this is the last line, so that no caller can
    /// store an amount the columns cannot hold exactly or a deadline whose date arithmetic overflows.
    /// </summary>
    private static void GuardIntake(NewComplaint data, DateOnly today)
    {
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
    /// Fires <paramref name="action"/>. Refuses illegal triggers and broken rules with a <see cref="DomainException"/>
    /// before touching any state, so a refused action changes nothing.
    /// </summary>
    public void Apply(ComplaintAction action, Actor actor, DateTimeOffset nowUtc, HandlingRules rules)
    {
        var from = Status;
        var to = ComplaintWorkflow.Next(from, action.Trigger);
        if (ComplaintAccess.Refusal(this, actor, action.Trigger) is { } refusal)
        {
            throw refusal;
        }

        nowUtc = StoredInstant.Normalize(nowUtc);
        Check(action, actor, nowUtc, rules);   // throws on any broken rule: nothing has changed yet
        Carry(action, actor, nowUtc, rules);
        Status = to;
        Append(rules, action.Trigger.ToString(), from, actor, nowUtc, action.Reason ?? action.Note, DetailsOf(action));
    }

    /// <summary>Open clocks and their states at <paramref name="nowUtc"/>.</summary>
    public IEnumerable<(ComplaintClock Clock, ClockState State)> ClockStates(DateTimeOffset nowUtc, double atRiskFraction) =>
        _clocks.Select(c => (c, c.StateAt(nowUtc, atRiskFraction)));

    private void StartClock(ClockKind kind, DateTimeOffset nowUtc, HandlingRules rules)
    {
        if (rules.Policy.Has(kind))
        {
            _clocks.Add(ComplaintClock.Start(Id, rules.Policy.Rule(kind), IsVip, Round, nowUtc, rules.Calendar));
        }
    }

    private ComplaintClock? Running(ClockKind kind) => _clocks.LastOrDefault(c => c.Kind == kind && c.IsRunning);

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

    private static string? Details(params (string Key, string? Value)[] pairs)
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
