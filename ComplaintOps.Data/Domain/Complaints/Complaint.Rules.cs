using System.Globalization;
using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>Per-trigger rules: <see cref="Check"/> validates without side effects, <see cref="Carry"/> then changes state.</summary>
public sealed partial class Complaint
{
    /// <summary>
    /// The triggers <paramref name="viewer"/> can fire now: permitted by the workflow table from the current status, not
    /// ruled out by the complaint's own state (nothing to resume, already acknowledged, compensation waiting for
    /// authorization…), and allowed by the viewer's permissions and scope — so no button is offered that would be refused
    /// for who they are. What the caller must still supply (a reason, an amount) is checked when it is applied.
    /// </summary>
    public IReadOnlyList<ComplaintTrigger> AvailableTriggers(Actor viewer, AuthorizationTiers tiers) =>
        ComplaintWorkflow.PermittedTriggers(Status).Where(StatePermits)
            .Where(t => ComplaintAccess.Refusal(this, viewer, t) is null)
            .Where(t => t != ComplaintTrigger.AuthorizeCompensation || tiers.LimitOf(viewer) >= CompensationAmount)
            .ToArray();

    private bool StatePermits(ComplaintTrigger trigger) => trigger switch
    {
        ComplaintTrigger.Acknowledge => !Acknowledged,
        ComplaintTrigger.Pause => !IsPaused,
        ComplaintTrigger.Resume => IsPaused,
        ComplaintTrigger.AuthorizeCompensation => !CompensationAuthorized,
        ComplaintTrigger.SubmitForReview => CompensationAuthorized,
        ComplaintTrigger.Extend => Running(ClockKind.Resolve) is not null,
        _ => true,
    };

    private void Check(ComplaintAction a, Actor actor, DateTimeOffset nowUtc, HandlingRules rules)
    {
        switch (a.Trigger)
        {
            case ComplaintTrigger.Classify:
                Require(a.Category is { } cat && Categories.Exists(cat), "category", "A known category is required.");
                Require(a.Severity is not null, "severity", "Severity is required.");
                break;
            case ComplaintTrigger.Assign or ComplaintTrigger.Reassign:
                Require(a.Department is { } dep && Departments.Exists(dep), "department", "A known department is required.");
                if (ComplaintAccess.RoutingRefusal(actor, a.Department) is { } refusal)
                {
                    throw refusal;
                }

                if (a.HandlerId is { } handler && NamedEmployeeIds.Contains(handler, StringComparer.OrdinalIgnoreCase))
                {
                    throw new DomainException("recusal", $"The complaint names employee {handler}; they may not handle it (recusal).");
                }

                break;
            case ComplaintTrigger.ProposeResolution:
                Require(!string.IsNullOrWhiteSpace(a.RootCause), "rootCause", "Root cause is required.");
                Require(!string.IsNullOrWhiteSpace(a.Measures), "measures", "Measures are required.");
                Require(!string.IsNullOrWhiteSpace(a.ResolutionOwner), "resolutionOwner", "An owner for the measures is required.");
                Require(Money.IsValid(a.CompensationAmount), "compensationAmount", "Compensation " + Money.Rule + ".");
                Require(a.CompensationAmount == 0 || a.CompensationKind is CompensationKind.Refund or CompensationKind.Compensation or CompensationKind.Gift,
                    "compensationKind", "An amount needs a refund, compensation or gift.");
                break;
            case ComplaintTrigger.AuthorizeCompensation:
                Require(!CompensationAuthorized, "trigger", "The resolution needs no further authorization.");
                if (rules.Tiers.LimitOf(actor) < CompensationAmount)
                {
                    throw new DomainException("authorization_limit",
                        $"¥{CompensationAmount:N2} is above your limit of ¥{rules.Tiers.LimitOf(actor):N2}; it needs {rules.Tiers.LowestCovering(CompensationAmount)}.");
                }

                break;
            case ComplaintTrigger.SubmitForReview when !CompensationAuthorized:
                throw new DomainException("authorization_pending",
                    $"The resolution grants ¥{CompensationAmount:N2} and waits for authorization by a {RequiredApprovalRole}.");
            case ComplaintTrigger.ReturnForRework:
                RequireReason(a);
                break;
            case ComplaintTrigger.GiveFeedback:
                break;
            case ComplaintTrigger.Close:
                Require(a.Satisfaction is >= 1 and <= 5 || (a.Satisfaction is null && a.CallbackAttempts > 0), "satisfaction",
                    "Record a satisfaction score from 1 to 5, or the callback attempts when the customer could not be reached.");
                break;
            case ComplaintTrigger.Appeal or ComplaintTrigger.Withdraw or ComplaintTrigger.Reopen:
                RequireReason(a);
                break;
            case ComplaintTrigger.Reject:
                RequireReason(a);
                break;
            case ComplaintTrigger.Merge or ComplaintTrigger.RecordRepeat:
                Require(a.RelatedComplaintId is { } other && other != Id, "relatedComplaintId", "Another complaint is required.");
                break;
            case ComplaintTrigger.Acknowledge:
                Require(!Acknowledged, "trigger", "The customer was already acknowledged.");
                break;
            case ComplaintTrigger.Pause:
                Require(!IsPaused, "trigger", "The clocks are already paused.");
                Require(a.PauseReason is not null, "pauseReason", "A pause reason code is required.");
                Require(a.CustomerNotified, "customerNotified", "The customer must be told about the pause.");
                break;
            case ComplaintTrigger.Resume:
                Require(IsPaused, "trigger", "The clocks are not paused.");
                break;
            case ComplaintTrigger.Extend:
                CheckExtension(a, rules);
                break;
            case ComplaintTrigger.AddNote:
                Require(!string.IsNullOrWhiteSpace(a.Note), "note", "The note is empty.");
                break;
        }
    }

    private void CheckExtension(ComplaintAction a, HandlingRules rules)
    {
        RequireReason(a);
        Require(a.ExtensionDays > 0, "extensionDays", "Extension days must be positive.");
        Require(!string.IsNullOrWhiteSpace(a.Approver), "approver", "The approver is required.");
        Require(!string.IsNullOrWhiteSpace(a.CustomerNotice), "customerNotice", "Record the notice telling the customer the new limit and the reason.");
        var clock = Running(ClockKind.Resolve) ?? throw new DomainException("invalid_state", "No resolve clock is running.");
        if (clock.TotalWorkingDays + a.ExtensionDays > rules.Policy.MaxResolveWorkingDays)
        {
            throw new DomainException("extension_limit",
                $"Extending by {a.ExtensionDays} would make {clock.TotalWorkingDays + a.ExtensionDays} working days; the policy allows {rules.Policy.MaxResolveWorkingDays} in total.");
        }

        if (clock.TotalCalendarDays + a.ExtensionDays > rules.Policy.MaxResolveCalendarDays)
        {
            throw new DomainException("extension_limit",
                $"Extending by {a.ExtensionDays} would make {clock.TotalCalendarDays + a.ExtensionDays} calendar days; the policy allows {rules.Policy.MaxResolveCalendarDays} in total.");
        }
    }

    private void Carry(ComplaintAction a, Actor actor, DateTimeOffset nowUtc, HandlingRules rules)
    {
        switch (a.Trigger)
        {
            case ComplaintTrigger.Classify:
                Category = a.Category;
                Severity = a.Severity;
                break;
            case ComplaintTrigger.Assign or ComplaintTrigger.Reassign:
                Department = a.Department;
                HandlerId = a.HandlerId;
                HandlerName = a.HandlerName;
                Running(ClockKind.Route)?.Meet(nowUtc);
                if (Running(ClockKind.StartInvestigation) is null)
                {
                    StartClock(ClockKind.StartInvestigation, nowUtc, rules);
                }

                break;
            case ComplaintTrigger.StartInvestigation:
                Running(ClockKind.StartInvestigation)?.Meet(nowUtc);
                break;
            case ComplaintTrigger.ProposeResolution:
                RootCause = a.RootCause;
                Measures = a.Measures;
                ResolutionOwner = a.ResolutionOwner;
                CompensationKind = a.CompensationKind;
                CompensationAmount = a.CompensationAmount;
                CompensationAuthorized = rules.Tiers.LimitOf(actor) >= a.CompensationAmount;
                RequiredApprovalRole = CompensationAuthorized ? null : rules.Tiers.LowestCovering(a.CompensationAmount);
                CompensationAuthorizedBy = CompensationAuthorized ? actor.Name : null;
                break;
            case ComplaintTrigger.AuthorizeCompensation:
                CompensationAuthorized = true;
                RequiredApprovalRole = null;
                CompensationAuthorizedBy = actor.Name;
                break;
            case ComplaintTrigger.Approve:
                ResolvedAtUtc = nowUtc;
                Running(ClockKind.Resolve)?.Meet(nowUtc);
                Running(ClockKind.Regulator)?.Meet(nowUtc);
                StartClock(ClockKind.Feedback, nowUtc, rules);
                break;
            case ComplaintTrigger.GiveFeedback:
                PreferredContact = a.FeedbackChannel ?? PreferredContact;
                Running(ClockKind.Feedback)?.Meet(nowUtc);
                StartClock(ClockKind.Callback, nowUtc, rules);
                break;
            case ComplaintTrigger.Close:
                Satisfaction = a.Satisfaction;
                ClosedAtUtc = nowUtc;
                Running(ClockKind.Callback)?.Meet(nowUtc);
                StopAllClocks(nowUtc);   // e.g. an acknowledgement never sent: stopped, and still breached if overdue
                break;
            case ComplaintTrigger.Appeal:
                ClosedAtUtc = null;
                StopAllClocks(nowUtc);
                break;
            case ComplaintTrigger.Reopen:
                Round++;
                ResolvedAtUtc = null;
                Satisfaction = null;
                StartClock(ClockKind.Resolve, nowUtc, rules);
                break;
            case ComplaintTrigger.Withdraw or ComplaintTrigger.Reject:
                ClosedAtUtc = nowUtc;
                StopAllClocks(nowUtc);
                break;
            case ComplaintTrigger.Merge:
                MergedIntoId = a.RelatedComplaintId;
                ClosedAtUtc = nowUtc;
                StopAllClocks(nowUtc);
                break;
            case ComplaintTrigger.RecordRepeat:
                RepeatCount++;
                if (a.HasNewFacts && Running(ClockKind.Resolve) is { } resolve)
                {
                    // New facts restart the resolve limit from today.
                    resolve.Stop(nowUtc);
                    StartClock(ClockKind.Resolve, nowUtc, rules);
                }

                break;
            case ComplaintTrigger.Acknowledge:
                Acknowledged = true;
                Running(ClockKind.Acknowledge)?.Meet(nowUtc);
                break;
            case ComplaintTrigger.Pause:
                IsPaused = true;
                PauseReason = a.PauseReason;
                foreach (var clock in PausableClocks(rules))
                {
                    clock.Pause(nowUtc);
                }

                break;
            case ComplaintTrigger.Resume:
                IsPaused = false;
                PauseReason = null;
                foreach (var clock in _clocks.Where(c => c.IsPaused))
                {
                    clock.Resume(nowUtc, rules.Calendar);
                }

                break;
            case ComplaintTrigger.Extend:
                Running(ClockKind.Resolve)!.Extend(a.ExtensionDays, rules.Calendar);
                break;
        }
    }

    private IEnumerable<ComplaintClock> PausableClocks(HandlingRules rules) =>
        _clocks.Where(c => c.IsRunning && rules.Policy.Rules.Any(r => r.Kind == c.Kind && r.Pausable)).ToList();

    private void StopAllClocks(DateTimeOffset nowUtc)
    {
        IsPaused = false;
        PauseReason = null;
        foreach (var clock in _clocks)
        {
            clock.Stop(nowUtc);
        }
    }

    private static string? DetailsOf(ComplaintAction a) => Details(
        ("category", a.Category),
        ("severity", a.Severity?.ToString()),
        ("department", a.Department),
        ("handlerId", a.HandlerId),
        ("handlerName", a.HandlerName),
        ("rootCause", a.RootCause),
        ("measures", a.Measures),
        ("resolutionOwner", a.ResolutionOwner),
        ("compensationKind", a.CompensationKind == CompensationKind.None ? null : a.CompensationKind.ToString()),
        ("compensationAmount", a.CompensationAmount == 0 ? null : a.CompensationAmount.ToString(CultureInfo.InvariantCulture)),
        ("feedbackChannel", a.FeedbackChannel?.ToString()),
        ("satisfaction", a.Satisfaction?.ToString(CultureInfo.InvariantCulture)),
        ("callbackAttempts", a.CallbackAttempts == 0 ? null : a.CallbackAttempts.ToString(CultureInfo.InvariantCulture)),
        ("pauseReason", a.PauseReason?.ToString()),
        ("extensionDays", a.ExtensionDays == 0 ? null : a.ExtensionDays.ToString(CultureInfo.InvariantCulture)),
        ("approver", a.Approver),
        ("customerNotice", a.CustomerNotice),
        ("relatedComplaintId", a.RelatedComplaintId?.ToString()),
        ("hasNewFacts", a.Trigger == ComplaintTrigger.RecordRepeat ? a.HasNewFacts.ToString() : null),
        ("note", a.Reason is null ? null : a.Note));

    private static void Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            throw new DomainException("invalid_" + field, message);
        }
    }

    private static void RequireReason(ComplaintAction a) =>
        Require(!string.IsNullOrWhiteSpace(a.Reason), "reason", "A reason is required.");
}
