using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>What the complaint's own state allows, and the state changes several activities share.</summary>
public sealed partial class Complaint
{
    /// <summary>
    /// The triggers <paramref name="viewer"/> can fire now: permitted by the workflow table from the current status, not
    /// ruled out by the complaint's own state (nothing to resume, already acknowledged, no extension stage left…), and
    /// allowed by the viewer's permissions and scope — so no button is offered that would be refused for who they are.
    /// What the caller must still supply (a reason, an amount) is checked when the activity is applied.
    /// </summary>
    public IReadOnlyList<ComplaintTrigger> AvailableTriggers(Actor viewer, HandlingRules rules, DateTimeOffset nowUtc) =>
        ComplaintWorkflow.PermittedTriggers(Status).Where(t => StatePermits(t, rules, nowUtc))
            .Where(t => ComplaintAccess.Refusal(this, viewer, t) is null)
            .Where(t => t != ComplaintTrigger.AuthorizeCompensation || rules.Tiers.LimitOf(viewer) >= CompensationAmount)
            .Where(t => t != ComplaintTrigger.Extend || NextExtension(rules.Policy) is not { } stage || viewer.Has(stage.ApproverPermission))
            .ToArray();

    /// <summary>The extension stage that would be granted next, or null when none can be (none left, no clock, breached).</summary>
    public ExtensionStage? NextExtension(SlaPolicy policy) =>
        Running(ClockKind.Resolve) is { } clock ? policy.NextExtension(clock.ExtensionStages) : null;

    /// <summary>The decision clock's due date if the next extension stage were granted now, or null when none can be.</summary>
    public DateTimeOffset? NextExtensionDueAtUtc(HandlingRules rules) =>
        Running(ClockKind.Resolve) is { } clock && rules.Policy.NextExtension(clock.ExtensionStages) is { } stage
            ? clock.DueIfExtended(stage, rules.Calendar)
            : null;

    private bool StatePermits(ComplaintTrigger trigger, HandlingRules rules, DateTimeOffset nowUtc) => trigger switch
    {
        ComplaintTrigger.Acknowledge => !Acknowledged,
        ComplaintTrigger.Pause => !IsPaused,
        ComplaintTrigger.Resume => IsPaused,
        ComplaintTrigger.AuthorizeCompensation => !CompensationAuthorized,
        ComplaintTrigger.SubmitForReview => CompensationAuthorized,
        ComplaintTrigger.Extend => NextExtension(rules.Policy) is not null && Running(ClockKind.Resolve)?.IsBreachedAt(nowUtc) == false,
        ComplaintTrigger.RecordCallback => !CallbackRecorded,
        ComplaintTrigger.CompleteFollowUp => FollowUpOpen,
        ComplaintTrigger.Close => CallbackRecorded && !FollowUpOpen && !ReportOwed,
        ComplaintTrigger.DecideReview => !ReportOwed,
        ComplaintTrigger.RequestReview => rules.Policy.Review is { } review && DecisionSentAtUtc is { } sent
            && rules.Calendar.LocalDate(nowUtc).DayNumber - rules.Calendar.LocalDate(sent).DayNumber <= review.WindowDays + ComplaintLimits.DecisionDeliveryDays,
        ComplaintTrigger.ReportToRegulator => ReportDue,
        ComplaintTrigger.DesignateMajor => !IsMajor && rules.Policy.Major is not null,
        _ => true,
    };

    private bool ReportDue => Running(ClockKind.MajorReport) is not null || (Running(ClockKind.Regulator) is not null && ResolvedAtUtc is not null);

    /// <summary>The complaint leaves the process (withdrawn, rejected, merged): every clock stops, a breach stays on record.</summary>
    internal void Leave(DateTimeOffset nowUtc)
    {
        ClosedAtUtc = nowUtc;
        StopAllClocks(nowUtc);
    }

    internal void StopAllClocks(DateTimeOffset nowUtc) => StopClocks(nowUtc, keepReports: false);

    /// <summary>
    /// Stops the handling clocks for a new round (appeal, 核查) but keeps a report owed to the regulator running: a new
    /// round does not discharge it.
    /// </summary>
    internal void StopHandlingClocks(DateTimeOffset nowUtc) => StopClocks(nowUtc, keepReports: true);

    /// <summary>A report to the regulator is still owed (it must be made before the case closes).</summary>
    internal bool ReportOwed => Running(ClockKind.Regulator) is not null || Running(ClockKind.MajorReport) is not null;

    private void StopClocks(DateTimeOffset nowUtc, bool keepReports)
    {
        IsPaused = false;
        PauseReason = null;
        foreach (var clock in _clocks.Where(c => !keepReports || c.Kind is not (ClockKind.Regulator or ClockKind.MajorReport)))
        {
            clock.Stop(nowUtc);
        }
    }

    /// <summary>
    /// Why a new complaint is major under the profile's rule (art. 29), strongest reason first; empty when the profile has
    /// no rule (Bank2012, …) or none applies. Regulator designation comes later, through <see cref="Activities.DesignateMajor"/>.
    /// </summary>
    internal static IReadOnlyList<MajorReason> MajorReasonsAtIntake(NewComplaint data, MajorComplaintRule? rule)
    {
        if (rule is null)
        {
            return [];
        }

        var reasons = new List<MajorReason>();
        if (data.CausedByDisasterOrAccident)
        {
            reasons.Add(Complaints.MajorReason.DisasterOrAccident);
        }

        // The main complainant counts: 20 people are the main one and 19 joint complainants.
        if (1 + data.JointComplainants.Count >= rule.MinComplainants)
        {
            reasons.Add(Complaints.MajorReason.JointComplainants);
        }

        if (rule.AmountThreshold is { } threshold && data.DisputedAmount >= threshold)
        {
            reasons.Add(Complaints.MajorReason.Amount);
        }

        return reasons;
    }

    /// <summary>Raises the major-complaint flag and starts the clock to report it (once).</summary>
    internal void MarkMajor(MajorReason reason, DateTimeOffset nowUtc, HandlingRules rules)
    {
        IsMajor = true;
        MajorReason = reason;
        Severity = Domain.Reference.Severity.Major;
        StartClock(ClockKind.MajorReport, nowUtc, rules);
    }
}
