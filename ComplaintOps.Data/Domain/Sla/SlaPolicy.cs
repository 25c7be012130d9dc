using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Calendar;

namespace ComplaintOps.Data.Domain.Sla;

/// <summary>
/// A policy profile: the clocks a complaint runs under one set of rules, what may extend them, which waits the law lets
/// an institution exclude, and whether a 核查 review is offered. Profiles are data (<see cref="SlaPolicies"/>): the
/// complaint names its profile, so every due date can be traced to the rule that set it.
/// </summary>
public sealed record SlaPolicy(
    string Name,
    IReadOnlyList<ClockRule> Rules,
    IReadOnlyList<ExtensionStage> Extensions,
    IReadOnlySet<PauseReason> ExcludableReasons,
    ReviewRule? Review = null,
    MajorComplaintRule? Major = null,
    double AtRiskFraction = 0.8,
    CalendarRegion Region = CalendarRegion.China)
{
    public ClockRule Rule(ClockKind kind) =>
        RuleOrNull(kind) ?? throw new InvalidOperationException($"Policy '{Name}' has no rule for {kind}.");

    /// <summary>The rule of a clock kind, including the review and major-report clocks the profile's own rules define.</summary>
    public ClockRule? RuleOrNull(ClockKind kind) => kind switch
    {
        ClockKind.Review => Review is null ? null : new ClockRule(kind, Review.Limit, Legal: true),
        ClockKind.MajorReport => Major is null ? null : new ClockRule(kind, Major.ReportLimit, Legal: true),
        _ => Rules.FirstOrDefault(r => r.Kind == kind),
    };

    public bool Has(ClockKind kind) => RuleOrNull(kind) is not null;

    /// <summary>The stage that follows <paramref name="stagesTaken"/> granted stages, or null when none is left.</summary>
    public ExtensionStage? NextExtension(int stagesTaken) => stagesTaken < Extensions.Count ? Extensions[stagesTaken] : null;
}

/// <summary>How a limit counts days: working (business) days in the profile's calendar, or natural (calendar) days.</summary>
public enum DayCount
{
    Working,
    Natural,
}

/// <summary>How far a limit can be relied on: the text of a regulation, the institution's own target, or not verified.</summary>
public enum RuleStanding
{
    /// <summary>Written in the cited regulation.</summary>
    Regulation,
    /// <summary>The institution's own procedure (e.g. seed 001) or a target where the rule only says "promptly".</summary>
    InstitutionTarget,
    /// <summary>Shipped as a placeholder: the cited text was not verified; a compliance officer must confirm it.</summary>
    Unverified,
}

/// <summary>Where a rule comes from: a source document (a key the UI names in both languages) and the article in it.</summary>
public sealed record Citation(string Source, string Article)
{
    public override string ToString() => $"{Source} {Article}";
}

/// <summary>One limit of a clock. When a clock has several (a legal limit and a faster VIP target), the earliest due wins.</summary>
public sealed record ClockLimit(int Days, DayCount Count, Citation Basis, RuleStanding Standing = RuleStanding.Regulation, bool VipOnly = false);

/// <summary>
/// One clock of a profile. <paramref name="Legal"/> clocks count for compliance: only the profile's excludable reasons
/// stop them. Internal clocks (<paramref name="Pausable"/>) also stop for the other waits.
/// </summary>
public sealed record ClockRule(ClockKind Kind, IReadOnlyList<ClockLimit> Limits, bool Legal = false, bool Pausable = false)
{
    public ClockRule(ClockKind Kind, ClockLimit Limit, bool Legal = false, bool Pausable = false)
        : this(Kind, [Limit], Legal, Pausable)
    {
    }

    /// <summary>The limits that apply to a customer (VIP targets only for VIPs).</summary>
    public IEnumerable<ClockLimit> For(bool vip) => Limits.Where(l => vip || !l.VipOnly);
}

/// <summary>
/// One stage of extending the resolve clock: the days it adds (in its own count), the permission the approving staff
/// member must hold, and the rule that allows it. Stages are taken in order; each needs its own reason and customer notice.
/// </summary>
public sealed record ExtensionStage(int Number, int Days, DayCount Count, Permission ApproverPermission, Citation Basis,
    RuleStanding Standing = RuleStanding.Regulation);

/// <summary>核查 (review request): the window after the customer received the decision, and the review's own limit.</summary>
public sealed record ReviewRule(int WindowDays, ClockLimit Limit);

/// <summary>
/// 重大投诉: what makes a complaint major under the profile, and the clock to report it to the regulator.
/// <paramref name="AmountThreshold"/> is the institution's own (configurable) amount, null when it has none.
/// </summary>
public sealed record MajorComplaintRule(int MinComplainants, decimal? AmountThreshold, ClockLimit ReportLimit);
