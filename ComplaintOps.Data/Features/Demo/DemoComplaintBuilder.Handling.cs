using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Features.Demo;

/// <summary>
/// The handling plan: who does what, and when, from registration to close — with the delays, returns, pauses,
/// extensions, authorizations and appeals that make the clocks come out on time, late or breached.
/// </summary>
internal sealed partial class DemoComplaintBuilder
{
    private static readonly ComplaintStatus[] Withdrawable =
    [
        ComplaintStatus.Registered, ComplaintStatus.Classified, ComplaintStatus.Assigned, ComplaintStatus.Investigating,
        ComplaintStatus.ResolutionProposed, ComplaintStatus.UnderReview,
    ];

    private DemoPlan PlanHandling(DemoCase c, DemoFate fate, Random r)
    {
        var p = new DemoPlan(_calendar, r, c.RegisteredAtUtc);
        var intake = c.Intake.ToActor();
        if (fate != DemoFate.Rejected || r.NextDouble() < 0.6)
        {
            (c.Pace == DemoPace.Slow && r.NextDouble() < 0.3 ? p.WorkingDays(1, 2) : p.SoonOnHotline(2, 40))
                .Do(intake, new Acknowledge());
        }

        if (fate == DemoFate.Rejected)
        {
            p.WorkingDays(0, 2).Do(Supervisor(r), new Reject(DemoReasons.Reject(c.Zh, r)));
            return p;
        }

        // Most are classified at once; a few wait for missing information.
        (r.NextDouble() < 0.04 ? p.WorkingDays(2, 5) : p.Soon(5, 90))
            .Do(intake, new Classify(c.Category, c.Severity));
        var majorAtIntake = c.Rules.Policy.Major is { } rule && c.Data.JointComplainants.Count + 1 >= rule.MinComplainants;
        if ((c.Severity == Severity.Major || majorAtIntake) && c.Rules.Policy.Major is not null)
        {
            // 重大投诉: compliance designates it (unless intake already flagged it) and reports it to the regulator the same or
            // the next working day.
            var compliance = Staff(r, s => s.Role == StaffRole.Compliance).ToActor();
            p.Soon(20, 120).DoUnless(majorAtIntake, compliance, new DesignateMajor(c.Data.Channel == Channel.Regulator ? MajorReason.RegulatorDesignated : MajorReason.DisasterOrAccident,
                DemoReasons.Major(c.Zh)));
            p.WorkingDays(0, 1).Do(compliance, new ReportToRegulator(RegulatorReportKind.MajorComplaint, DemoReasons.MajorReport(c.Zh), DemoReasons.ReportProof(r)));
        }

        var department = Categories.Find(c.Category)!.DefaultDepartment;
        var handler = Handler(department, c, r);
        var misrouted = r.NextDouble() < 0.05;
        var firstDepartment = misrouted ? Departments.All.Where(d => d.Code != department).ElementAt(r.Next(Departments.All.Count - 1)).Code : department;
        var firstHandler = misrouted ? Handler(firstDepartment, c, r) : handler;
        Pace(c.Pace, prompt: () => p.Soon(30, 240), normal: () => p.WorkingDays(0, 1), slow: () => p.WorkingDays(1, 3));
        // Intake dispatches to a department; a misrouted complaint is handed back and re-dispatched (heads route only within theirs).
        p.Do(intake, new Assign(firstDepartment, firstHandler.Id, firstHandler.Name));
        if (misrouted)
        {
            p.WorkingDays(0, 1).Do(intake, new Reassign(department, handler.Id, handler.Name));
        }

        var actor = handler.ToActor();
        Pace(c.Pace, prompt: () => p.WorkingDays(0, 1), normal: () => p.WorkingDays(1, 2), slow: () => p.WorkingDays(2, 5));
        p.Do(actor, new StartInvestigation());
        if (r.NextDouble() < 0.4)
        {
            p.WorkingDays(0, 2).Do(actor, new AddNote(DemoReasons.Note(c.Zh, r)));
        }

        PauseAndExtend(p, c, handler, department, r);
        Pace(c.Pace, prompt: () => p.WorkingDays(1, 5), normal: () => p.WorkingDays(4, 9), slow: () => p.WorkingDays(9, 22));
        var upheld = ProposeAndApprove(p, c, handler, department, appealRound: false, r);

        if (fate == DemoFate.Withdrawn)
        {
            var approve = p.Steps.Count - 1;
            var candidates = Enumerable.Range(0, approve).Where(i => Withdrawable.Contains(p.Steps[i].StatusAfter)).ToArray();
            p.CutAfter(candidates[r.Next(candidates.Length)]);
            // The customer withdraws through the hotline: intake records it, whoever is handling the complaint.
            p.WorkingDays(0, 3).Do(intake, new Withdraw(DemoReasons.Withdraw(c.Zh, r)));
            return p;
        }

        if (c.Data.RegulatorDeadline is not null)
        {
            // A transferred case is met when its result is reported back to the regulator, not at approval.
            p.WorkingDays(0, 2).Do(Staff(r, s => s.Role == StaffRole.Compliance).ToActor(),
                new ReportToRegulator(RegulatorReportKind.TransferResult, DemoReasons.TransferReport(c.Zh), DemoReasons.ReportProof(r)));
        }

        FeedbackAndClose(p, c, r, upheld ? 0.03 : 0.08, out var appealed);
        if (appealed)
        {
            // 20% of appeals wait a while for the supervision team.
            (r.NextDouble() < 0.2 ? p.WorkingDays(5, 15) : p.WorkingDays(1, 3))
                .Do(Supervisor(r), new Reopen(DemoReasons.Reopen(c.Zh, r)));
            p.WorkingDays(3, 10);
            ProposeAndApprove(p, c, handler, department, appealRound: true, r);
            FeedbackAndClose(p, c, r, appealChance: 0, out _);
        }

        return p;
    }

    private void PauseAndExtend(DemoPlan p, DemoCase c, StaffMember handler, string department, Random r)
    {
        var actor = handler.ToActor();
        if (r.NextDouble() < 0.07)
        {
            var reason = r.NextDouble() switch
            {
                < 0.6 => PauseReason.WaitingForCustomer,
                < 0.9 => PauseReason.ExternalAppraisal,
                _ => PauseReason.Litigation,
            };
            p.WorkingDays(1, 3).Do(actor, new Pause(reason, CustomerNotified: true, DemoReasons.Pause(c.Zh, reason)));
            (reason == PauseReason.Litigation ? p.WorkingDays(20, 60) : p.WorkingDays(3, 15))
                .Do(actor, new Resume());
        }

        if (r.NextDouble() < (c.Pace == DemoPace.Slow ? 0.45 : 0.04))
        {
            // Stage 1 by the department head; a few especially complex cases need the senior manager's stage 2 as well.
            var stages = c.Rules.Policy.Extensions;
            var taken = r.NextDouble() < 0.25 ? stages.Count : Math.Min(1, stages.Count);
            var received = _calendar.LocalDate(c.RegisteredAtUtc);
            var total = 0;
            foreach (var stage in stages.Take(taken))
            {
                total += stage.Days;
                var limit = c.Rules.Policy.Rule(ClockKind.Resolve).Limits.First(l => l.Count == stage.Count && !l.VipOnly).Days + total;
                var newLimit = stage.Count == DayCount.Natural ? received.AddDays(limit) : _calendar.AddWorkingDays(received, limit);
                var approver = stage.Number == 1 ? Head(department).ToActor() : Staff(r, s => s.Role == StaffRole.Manager).ToActor();
                p.WorkingDays(1, 4).Do(approver, new Extend(stage.Number, DemoReasons.Extend(c.Zh, r),
                    DemoReasons.ExtensionNotice(c.Zh, newLimit, stage.Days, stage.Count)));
            }
        }
    }

    /// <summary>Proposal (with authorization above the handler's limit), review (sometimes returned once) and approval.</summary>
    private bool ProposeAndApprove(DemoPlan p, DemoCase c, StaffMember handler, string department, bool appealRound, Random r)
    {
        var upheld = r.NextDouble() < (appealRound ? 0.7 : 0.6);
        var (kind, amount) = Remedy(c, upheld, appealRound, r);
        Propose(p, c, handler, department, upheld, kind, amount, r);
        if (r.NextDouble() < 0.08)
        {
            p.WorkingDays(0, 2).Do(Supervisor(r), new ReturnForRework(DemoReasons.Return(c.Zh, r)));
            p.WorkingDays(1, 4);
            Propose(p, c, handler, department, upheld, kind, amount, r);
        }

        Pace(c.Pace, prompt: () => p.WorkingDays(0, 1), normal: () => p.WorkingDays(1, 2), slow: () => p.WorkingDays(2, 4));
        p.Do(Supervisor(r), new Approve());
        return upheld;
    }

    private void Propose(DemoPlan p, DemoCase c, StaffMember handler, string department, bool upheld, CompensationKind kind, decimal amount, Random r)
    {
        var (cause, measures) = DemoResolutions.Pick(c.Category, c.Zh, upheld, r);
        var head = Head(department);
        p.Do(handler.ToActor(), new ProposeResolution(cause, measures,
            r.NextDouble() < 0.5 ? (c.Zh ? handler.Name : handler.NameEn) : (c.Zh ? head.Name : head.NameEn), kind, amount));
        if (amount > _tiers.HandlerLimit)
        {
            var by = _tiers.LowestCovering(amount) == StaffRole.DepartmentHead ? head.ToActor() : Supervisor(r);
            p.WorkingDays(0, 2).Do(by, new AuthorizeCompensation());
        }

        p.Soon(10, 120).Do(handler.ToActor(), new SubmitForReview());
    }

    private void FeedbackAndClose(DemoPlan p, DemoCase c, Random r, double appealChance, out bool appealed)
    {
        var agent = (c.Zh ? r.NextDouble() < 0.8 : r.NextDouble() < 0.2)
            ? Staff(r, s => s.Id == "F001")
            : Staff(r, s => s.Id == "F002");
        Pace(c.Pace, prompt: () => p.Soon(30, 240), normal: () => p.WorkingDays(0, 1), slow: () => p.WorkingDays(1, 3));
        p.Do(agent.ToActor(), new GiveFeedback(DemoReasons.Decision(c.Zh, c.PreferredContact, c.Rules.Policy.Review is not null, r)));

        appealed = r.NextDouble() < appealChance;
        if (appealed && r.NextDouble() < 0.3)
        {
            // The customer disputes the result on the feedback call itself.
            p.WorkingDays(0, 2).Do(agent.ToActor(), new Appeal(DemoReasons.Appeal(c.Zh, r)));
            return;
        }

        (c.Pace == DemoPace.Slow ? p.WorkingDays(3, 6) : p.WorkingDays(1, 3)).Do(agent.ToActor(), Callback(c.Zh, appealed, r));
        if (p.Steps[^1].Action is RecordCallback callback && SatisfactionScore.IsLow(callback.Satisfaction))
        {
            p.WorkingDays(1, 3).Do(agent.ToActor(), new CompleteFollowUp(DemoReasons.FollowUp(c.Zh)));
        }

        p.Soon(5, 60).Do(agent.ToActor(), new Close());
        if (!appealed && c.Rules.Policy.Review is not null && r.NextDouble() < 0.05)
        {
            // The customer asks for a 核查 review; a handler of another department reviews it.
            var received = _calendar.LocalDate(p.Steps.Last(x => x.Action is GiveFeedback).At).AddDays(r.Next(0, 3));
            var department = Categories.Find(c.Category)!.DefaultDepartment;
            var reviewerDepartment = department == "RETAIL" ? "CARDS" : "RETAIL";
            var reviewer = Staff(r, s => s.Role == StaffRole.Handler && s.Department == reviewerDepartment);
            p.WorkingDays(3, 12).Do(agent.ToActor(), new RequestReview(received, DemoReasons.ReviewRequest(c.Zh, r), reviewerDepartment, reviewer.Id,
                c.Zh ? reviewer.Name : reviewer.NameEn));
            p.WorkingDays(5, 15).Do(reviewer.ToActor(), new DecideReview(r.NextDouble() < 0.7 ? ReviewOutcome.Upheld : ReviewOutcome.Changed,
                DemoReasons.ReviewDecision(c.Zh)));
        }
        if (appealed)
        {
            p.WorkingDays(1, 10).Do(agent.ToActor(), new Appeal(DemoReasons.Appeal(c.Zh, r)));
        }
    }

    private static RecordCallback Callback(bool zh, bool unhappy, Random r)
    {
        if (!unhappy && r.NextDouble() < 0.05)
        {
            return new RecordCallback(null, Attempts: 3);
        }

        var x = r.NextDouble();
        var score = unhappy ? (x < 0.6 ? 1 : 2) : x switch
        {
            < 0.48 => 5,
            < 0.80 => 4,
            < 0.92 => 3,
            < 0.97 => 2,
            _ => 1,
        };
        return new RecordCallback(score, LowScoreReason: SatisfactionScore.IsLow(score) ? DemoReasons.LowScore(zh, r) : null);
    }

    /// <summary>What an upheld complaint gets: the template's usual remedy, sized from the disputed amount.</summary>
    private static (CompensationKind Kind, decimal Amount) Remedy(DemoCase c, bool upheld, bool appealRound, Random r)
    {
        if (!upheld)
        {
            return r.NextDouble() < 0.3 ? (CompensationKind.WrittenApology, 0m) : (CompensationKind.None, 0m);
        }

        var disputed = c.Data.DisputedAmount ?? 0m;
        var (kind, amount) = c.Template.Remedy switch
        {
            CompensationKind.Refund => (CompensationKind.Refund, disputed > 0 ? disputed : r.Next(50, 500)),
            CompensationKind.Compensation => (CompensationKind.Compensation,
                disputed > 0 ? Math.Max(100m, RoundTen(disputed * (decimal)(0.05 + 0.3 * r.NextDouble()))) : r.Next(20, 300) * 10m),
            CompensationKind.Gift => (CompensationKind.Gift, r.Next(5, 31) * 10m),
            _ => r.NextDouble() < 0.3 ? (CompensationKind.Gift, r.Next(10, 31) * 10m) : (CompensationKind.WrittenApology, 0m),
        };
        if (appealRound)
        {
            (kind, amount) = amount > 0 ? (kind, RoundTen(amount * 1.3m)) : (CompensationKind.Gift, 200m);
        }

        return (kind, amount);
    }

    private static decimal RoundTen(decimal amount) => Math.Round(amount / 10m, MidpointRounding.AwayFromZero) * 10m;

    private static void Pace(DemoPace pace, Func<DemoPlan> prompt, Func<DemoPlan> normal, Func<DemoPlan> slow) =>
        _ = pace switch
        {
            DemoPace.Prompt => prompt(),
            DemoPace.Normal => normal(),
            _ => slow(),
        };

    private StaffMember Handler(string department, DemoCase c, Random r) =>
        Staff(r, s => s.Role == StaffRole.Handler && s.Department == department && !c.Data.NamedEmployeeIds.Contains(s.Id));

    private Actor Supervisor(Random r) => Staff(r, s => s.Role == StaffRole.Supervisor).ToActor();
}
