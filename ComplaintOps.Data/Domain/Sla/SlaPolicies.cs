using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Calendar;
using static ComplaintOps.Data.Domain.Sla.DayCount;
using static ComplaintOps.Data.Domain.Sla.RuleStanding;

namespace ComplaintOps.Data.Domain.Sla;

/// <summary>
/// The policy profiles shipped with the product. Each limit cites its source; where the text only says "promptly"
/// (及时) the number is marked as the institution's target, and where it was not verified the profile says so.
/// Sources: CBIRC2020 = 银行业保险业消费投诉处理管理办法 (CBIRC order 2020 No. 3); CBRC2012 = 中国银监会关于完善银行业金融机构客户投诉处理机制
/// 切实做好金融消费者保护工作的通知 (2012, seed 002); Seed001 = the investment company's complaint procedure (seed 001);
/// CFPB = CFPB company portal response expectations; DISP = FCA Handbook, Dispute Resolution: Complaints.
/// </summary>
public static class SlaPolicies
{
    private static readonly Citation Procedure = new("Seed001", "3.2");
    private static readonly Citation Vip = new("Institution", "VIP");
    private static readonly Citation Acceptance2012 = new("CBRC2012", "7");

    // The institution's internal steps (seed 001, 3.2): route in 1, start in 2, feedback in 1, callback in 3 working days.
    private static ClockRule[] InternalSteps(Citation acknowledge) =>
    [
        new(ClockKind.Acknowledge, new ClockLimit(0, Working, acknowledge, InstitutionTarget)),
        new(ClockKind.Route, [new ClockLimit(1, Working, Procedure, InstitutionTarget), new ClockLimit(0, Working, Vip, InstitutionTarget, VipOnly: true)]),
        new(ClockKind.StartInvestigation, [new ClockLimit(2, Working, Procedure, InstitutionTarget), new ClockLimit(1, Working, Vip, InstitutionTarget, VipOnly: true)],
            Pausable: true),
        new(ClockKind.Feedback, [new ClockLimit(1, Working, Procedure, InstitutionTarget), new ClockLimit(0, Working, Vip, InstitutionTarget, VipOnly: true)]),
        new(ClockKind.Callback, [new ClockLimit(3, Working, Procedure, InstitutionTarget), new ClockLimit(2, Working, Vip, InstitutionTarget, VipOnly: true)]),
        new(ClockKind.FollowUp, new ClockLimit(3, Working, Procedure, InstitutionTarget)),
    ];

    /// <summary>
    /// Banks and insurers (2020 measures): decide within 15 days of receipt (art. 18); complex cases to 30 days; a further
    /// 30 only with a higher-level institution's or head-office senior manager's approval, with notice to the complainant.
    /// Appraisal, testing and assessment (art. 18) and mediation (art. 23) are excluded. 核查 within 30 days, decided in 30 (art. 20).
    /// </summary>
    public static readonly SlaPolicy Bank2020 = new(
        "Bank2020",
        [
            .. InternalSteps(Acceptance2012),
            new(ClockKind.Resolve, [new ClockLimit(15, Natural, new("CBIRC2020", "18")), new ClockLimit(10, Working, Vip, InstitutionTarget, VipOnly: true)],
                Legal: true),
        ],
        [
            new ExtensionStage(1, 15, Natural, Permission.ExtendDeadline, new("CBIRC2020", "18")),
            new ExtensionStage(2, 30, Natural, Permission.ApproveSeniorExtension, new("CBIRC2020", "18")),
        ],
        new HashSet<PauseReason> { PauseReason.ExternalAppraisal, PauseReason.Mediation },
        Review: new ReviewRule(30, new ClockLimit(30, Natural, new("CBIRC2020", "20"))),
        Major: new MajorComplaintRule(20, null, new ClockLimit(1, Working, new("CBIRC2020", "29"), InstitutionTarget)));

    /// <summary>The 2012 CBRC notice (seed 002, item 9): 15 working days, extended with notice to at most 60 in total.</summary>
    public static readonly SlaPolicy Bank2012 = new(
        "Bank2012",
        [
            .. InternalSteps(Acceptance2012),
            new(ClockKind.Resolve, [new ClockLimit(15, Working, new("CBRC2012", "9")), new ClockLimit(10, Working, Vip, InstitutionTarget, VipOnly: true)],
                Legal: true),
        ],
        [new ExtensionStage(1, 45, Working, Permission.ExtendDeadline, new("CBRC2012", "9"))],
        new HashSet<PauseReason>());

    /// <summary>
    /// The investment company's procedure (seed 001): its step limits are written there; the procedure sets no overall
    /// decision limit, so the 15 (up to 60) working days used here are marked unverified for the compliance officer.
    /// </summary>
    public static readonly SlaPolicy InvestmentCompany = new(
        "InvestmentCompany",
        [
            .. InternalSteps(Procedure),
            new(ClockKind.Resolve, new ClockLimit(15, Working, new("Seed001", "3.2"), Unverified), Legal: true),
        ],
        [new ExtensionStage(1, 45, Working, Permission.ExtendDeadline, new("Seed001", "3.2"), Unverified)],
        new HashSet<PauseReason>());

    /// <summary>CFPB company portal: respond within 15 calendar days; a final response within 60 when the first says work goes on.</summary>
    public static readonly SlaPolicy Cfpb = new(
        "CFPB",
        [
            .. InternalSteps(Procedure),
            new(ClockKind.Resolve, new ClockLimit(15, Natural, new("CFPB", "15-day response")), Legal: true),
        ],
        [new ExtensionStage(1, 45, Natural, Permission.ExtendDeadline, new("CFPB", "60-day final response"))],
        new HashSet<PauseReason>());

    /// <summary>
    /// UK DISP: a final response within 8 weeks (DISP 1.6.2R); complaints resolved by the close of the third business day
    /// may close with a summary resolution communication (DISP 1.5.1R). Counted in the UK business calendar.
    /// </summary>
    public static readonly SlaPolicy UkDisp = new(
        "UkDisp",
        [
            .. InternalSteps(Procedure),
            new(ClockKind.SummaryResolution, new ClockLimit(3, Working, new("DISP", "1.5.1R"))),
            new(ClockKind.Resolve, new ClockLimit(56, Natural, new("DISP", "1.6.2R")), Legal: true),
        ],
        [],
        new HashSet<PauseReason>(),
        Region: CalendarRegion.UnitedKingdom);

    /// <summary>UK DISP for payment services complaints: 15 business days, in exceptional cases up to 35 with a holding reply (DISP 1.6.2AR).</summary>
    public static readonly SlaPolicy UkDispPayments = UkDisp with
    {
        Name = "UkDispPayments",
        Rules =
        [
            .. InternalSteps(Procedure),
            new(ClockKind.SummaryResolution, new ClockLimit(3, Working, new("DISP", "1.5.1R"))),
            new(ClockKind.Resolve, new ClockLimit(15, Working, new("DISP", "1.6.2AR")), Legal: true),
        ],
        Extensions = [new ExtensionStage(1, 20, Working, Permission.ExtendDeadline, new("DISP", "1.6.2AR"))],
    };

    public static readonly IReadOnlyList<SlaPolicy> All = [Bank2020, Bank2012, InvestmentCompany, Cfpb, UkDisp, UkDispPayments];

    public static SlaPolicy Get(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"Unknown SLA policy '{name}'. Known: {string.Join(", ", All.Select(p => p.Name))}.");
}
