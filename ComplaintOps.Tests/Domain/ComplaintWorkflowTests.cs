using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using S = ComplaintOps.Data.Domain.Complaints.ComplaintStatus;
using T = ComplaintOps.Data.Domain.Complaints.ComplaintTrigger;

namespace ComplaintOps.Tests.Domain;

public sealed class ComplaintWorkflowTests
{
    /// <summary>
    /// The expected state machine, written out by hand from DESIGN §1 — not read from <see cref="ComplaintWorkflow"/> — so the
    /// table under test is checked against an independent statement of it. Rows whose target equals the source are in-state
    /// activities (acknowledge, pause/resume, extend, authorize compensation, repeat, note).
    /// </summary>
    private static readonly (ComplaintStatus From, ComplaintTrigger Trigger, ComplaintStatus To)[] Expected =
    [
        (S.Registered, T.Classify, S.Classified),
        (S.Registered, T.Withdraw, S.Withdrawn),
        (S.Registered, T.Reject, S.Rejected),
        (S.Registered, T.Merge, S.Merged),
        (S.Registered, T.Acknowledge, S.Registered),
        (S.Registered, T.RecordRepeat, S.Registered),
        (S.Registered, T.AddNote, S.Registered),
        (S.Registered, T.DesignateMajor, S.Registered),
        (S.Registered, T.ReportToRegulator, S.Registered),

        (S.Classified, T.Assign, S.Assigned),
        (S.Classified, T.Withdraw, S.Withdrawn),
        (S.Classified, T.Merge, S.Merged),
        (S.Classified, T.Acknowledge, S.Classified),
        (S.Classified, T.RecordRepeat, S.Classified),
        (S.Classified, T.AddNote, S.Classified),
        (S.Classified, T.DesignateMajor, S.Classified),
        (S.Classified, T.ReportToRegulator, S.Classified),

        (S.Assigned, T.StartInvestigation, S.Investigating),
        (S.Assigned, T.Reassign, S.Assigned),   // re-route
        (S.Assigned, T.Withdraw, S.Withdrawn),
        (S.Assigned, T.Acknowledge, S.Assigned),
        (S.Assigned, T.Extend, S.Assigned),
        (S.Assigned, T.RecordRepeat, S.Assigned),
        (S.Assigned, T.AddNote, S.Assigned),
        (S.Assigned, T.DesignateMajor, S.Assigned),
        (S.Assigned, T.ReportToRegulator, S.Assigned),

        (S.Investigating, T.ProposeResolution, S.ResolutionProposed),
        (S.Investigating, T.Withdraw, S.Withdrawn),
        (S.Investigating, T.Pause, S.Investigating),
        (S.Investigating, T.Resume, S.Investigating),
        (S.Investigating, T.Acknowledge, S.Investigating),
        (S.Investigating, T.Extend, S.Investigating),
        (S.Investigating, T.RecordRepeat, S.Investigating),
        (S.Investigating, T.AddNote, S.Investigating),
        (S.Investigating, T.DesignateMajor, S.Investigating),
        (S.Investigating, T.ReportToRegulator, S.Investigating),

        (S.ResolutionProposed, T.SubmitForReview, S.UnderReview),
        (S.ResolutionProposed, T.Withdraw, S.Withdrawn),
        (S.ResolutionProposed, T.AuthorizeCompensation, S.ResolutionProposed),
        (S.ResolutionProposed, T.Extend, S.ResolutionProposed),
        (S.ResolutionProposed, T.RecordRepeat, S.ResolutionProposed),
        (S.ResolutionProposed, T.AddNote, S.ResolutionProposed),
        (S.ResolutionProposed, T.DesignateMajor, S.ResolutionProposed),
        (S.ResolutionProposed, T.ReportToRegulator, S.ResolutionProposed),

        (S.UnderReview, T.Approve, S.Resolved),
        (S.UnderReview, T.ReturnForRework, S.Investigating),
        (S.UnderReview, T.Withdraw, S.Withdrawn),   // the customer may withdraw until a result is approved
        (S.UnderReview, T.Extend, S.UnderReview),
        (S.UnderReview, T.RecordRepeat, S.UnderReview),
        (S.UnderReview, T.AddNote, S.UnderReview),
        (S.UnderReview, T.DesignateMajor, S.UnderReview),
        (S.UnderReview, T.ReportToRegulator, S.UnderReview),

        (S.Resolved, T.GiveFeedback, S.FeedbackGiven),
        (S.Resolved, T.RecordRepeat, S.Resolved),
        (S.Resolved, T.AddNote, S.Resolved),
        (S.Resolved, T.DesignateMajor, S.Resolved),
        (S.Resolved, T.ReportToRegulator, S.Resolved),   // a transferred case reports its approved result

        (S.FeedbackGiven, T.Close, S.Closed),
        (S.FeedbackGiven, T.Appeal, S.Appealed),
        (S.FeedbackGiven, T.RecordRepeat, S.FeedbackGiven),
        (S.FeedbackGiven, T.AddNote, S.FeedbackGiven),
        (S.FeedbackGiven, T.RecordCallback, S.FeedbackGiven),
        (S.FeedbackGiven, T.CompleteFollowUp, S.FeedbackGiven),
        (S.FeedbackGiven, T.RequestReview, S.ReviewRequested),   // 核查
        (S.FeedbackGiven, T.DesignateMajor, S.FeedbackGiven),
        (S.FeedbackGiven, T.ReportToRegulator, S.FeedbackGiven),

        (S.Closed, T.Appeal, S.Appealed),
        (S.Closed, T.RequestReview, S.ReviewRequested),   // 核查 within the window after the decision
        (S.Closed, T.AddNote, S.Closed),

        (S.Appealed, T.Reopen, S.Investigating),   // reopen: a new round
        (S.Appealed, T.RecordRepeat, S.Appealed),
        (S.Appealed, T.AddNote, S.Appealed),
        (S.Appealed, T.DesignateMajor, S.Appealed),
        (S.Appealed, T.ReportToRegulator, S.Appealed),

        (S.ReviewRequested, T.DecideReview, S.Closed),
        (S.ReviewRequested, T.RecordRepeat, S.ReviewRequested),
        (S.ReviewRequested, T.DesignateMajor, S.ReviewRequested),
        (S.ReviewRequested, T.ReportToRegulator, S.ReviewRequested),   // a report owed survives the review request
        (S.ReviewRequested, T.AddNote, S.ReviewRequested),

        // terminal: only a note
        (S.Withdrawn, T.AddNote, S.Withdrawn),
        (S.Rejected, T.AddNote, S.Rejected),
        (S.Merged, T.AddNote, S.Merged),
    ];

    private static readonly Dictionary<(ComplaintStatus, ComplaintTrigger), ComplaintStatus> ExpectedTable =
        Expected.ToDictionary(r => (r.From, r.Trigger), r => r.To);

    public static TheoryData<ComplaintStatus, ComplaintTrigger> AllPairs()
    {
        var data = new TheoryData<ComplaintStatus, ComplaintTrigger>();
        foreach (var status in Enum.GetValues<ComplaintStatus>())
        {
            foreach (var trigger in Enum.GetValues<ComplaintTrigger>())
            {
                data.Add(status, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Every_state_and_trigger_either_moves_by_the_table_or_is_refused_changing_nothing(ComplaintStatus status, ComplaintTrigger trigger)
    {
        var builder = new ComplaintBuilder();
        if (trigger == ComplaintTrigger.AuthorizeCompensation)
        {
            builder.WithCompensation(5_000m);   // above the handler's limit: waits for a department head
        }

        var complaint = builder.In(status);
        var activity = Prepare(complaint, trigger);
        var before = Snapshot.Of(complaint);
        var at = complaint.UpdatedAtUtc.AddMinutes(30);

        if (ExpectedTable.TryGetValue((status, trigger), out var expected))
        {
            complaint.Apply(activity, ComplaintBuilder.ActorFor(trigger), at, TestRules.Bank2020);

            Assert.Equal(expected, complaint.Status);
            Assert.Equal(before.Version + 1, complaint.Version);
            Assert.Equal(before.EventCount + 1, complaint.EventCount);
            var appended = complaint.Events[^1];
            Assert.Equal(trigger.ToString(), appended.Kind);
            Assert.Equal(status, appended.FromStatus);
            Assert.Equal(complaint.Status, appended.ToStatus);
            Assert.Equal(before.LastEventHash, appended.PreviousHash);
            Assert.Single(complaint.DomainEvents.OfType<ComplaintChangedEvent>(), e => e.Kind == trigger.ToString());
        }
        else
        {
            var ex = Assert.Throws<InvalidTransitionException>(() =>
                complaint.Apply(activity, ComplaintBuilder.ActorFor(trigger), at, TestRules.Bank2020));

            Assert.Equal(status, ex.From);
            Assert.Contains(trigger.ToString(), ex.Message);
            Assert.Equal(before, Snapshot.Of(complaint));
            Assert.Empty(complaint.DomainEvents);
        }
    }

    [Fact]
    public void The_transition_table_equals_the_hand_written_design_table()
    {
        Assert.Equal(Expected.Length, ExpectedTable.Count);   // no row written twice
        var actual = Enum.GetValues<ComplaintStatus>()
            .SelectMany(from => Enum.GetValues<ComplaintTrigger>().Where(t => ComplaintWorkflow.IsPermitted(from, t))
                .Select(t => (From: from, Trigger: t, To: ComplaintWorkflow.Next(from, t))))
            .Select(r => $"{r.From} --{r.Trigger}--> {r.To}").Order(StringComparer.Ordinal).ToList();

        Assert.Equal(Expected.Select(r => $"{r.From} --{r.Trigger}--> {r.To}").Order(StringComparer.Ordinal).ToList(), actual);
    }

    [Fact]
    public void Permitted_triggers_follow_the_design_table()
    {
        Assert.Equal(
            [ComplaintTrigger.Classify, ComplaintTrigger.Withdraw, ComplaintTrigger.Reject, ComplaintTrigger.Merge, ComplaintTrigger.Acknowledge,
             ComplaintTrigger.RecordRepeat, ComplaintTrigger.AddNote, ComplaintTrigger.ReportToRegulator, ComplaintTrigger.DesignateMajor],
            ComplaintWorkflow.PermittedTriggers(ComplaintStatus.Registered));
        Assert.Equal([ComplaintTrigger.Approve, ComplaintTrigger.ReturnForRework, ComplaintTrigger.Withdraw, ComplaintTrigger.Extend,
                      ComplaintTrigger.RecordRepeat, ComplaintTrigger.AddNote, ComplaintTrigger.ReportToRegulator, ComplaintTrigger.DesignateMajor],
            ComplaintWorkflow.PermittedTriggers(ComplaintStatus.UnderReview));
        Assert.Equal([ComplaintTrigger.Appeal, ComplaintTrigger.RequestReview, ComplaintTrigger.AddNote], ComplaintWorkflow.PermittedTriggers(ComplaintStatus.Closed));
        Assert.Equal([ComplaintTrigger.DecideReview, ComplaintTrigger.RecordRepeat, ComplaintTrigger.AddNote, ComplaintTrigger.ReportToRegulator, ComplaintTrigger.DesignateMajor],
            ComplaintWorkflow.PermittedTriggers(ComplaintStatus.ReviewRequested));
        Assert.Equal([ComplaintTrigger.AddNote], ComplaintWorkflow.PermittedTriggers(ComplaintStatus.Withdrawn));
    }

    [Fact]
    public void The_whole_path_leaves_a_sealed_chained_history_that_detects_tampering()
    {
        var complaint = new ComplaintBuilder().In(ComplaintStatus.Closed);

        Assert.Equal(10, complaint.Events.Count);   // registered + 9 activities (the callback is its own activity)
        Assert.Null(ComplaintEvent.FindBreak(complaint.Events, TestRules.Seal));
        Assert.Null(complaint.FindHistoryBreak(TestRules.Seal));
        Assert.Equal(complaint.Events[^1].Hash, complaint.LastEventHash);

        // Rewrite one event's reason behind the aggregate's back, as a database edit would.
        typeof(ComplaintEvent).GetProperty(nameof(ComplaintEvent.Reason))!.SetValue(complaint.Events[4], "edited later");
        Assert.Equal(new HistoryBreak(5, HistoryFault.SealMismatch), ComplaintEvent.FindBreak(complaint.Events, TestRules.Seal));

        // Deleting an event breaks the chain too.
        var fresh = new ComplaintBuilder().In(ComplaintStatus.Resolved);
        Assert.Equal(new HistoryBreak(4, HistoryFault.SequenceGap),   // the entry after the gap no longer fits
            ComplaintEvent.FindBreak(fresh.Events.Where(e => e.Sequence != 3), TestRules.Seal));
    }

    /// <summary>
    /// Sets up what a permitted trigger needs besides its state (a pause to resume, a callback before closing, a low score
    /// to follow up, a major complaint to report) and returns the activity to fire.
    /// </summary>
    private static ComplaintActivity Prepare(Complaint complaint, ComplaintTrigger trigger)
    {
        var at = complaint.UpdatedAtUtc.AddMinutes(10);
        var activity = ComplaintBuilder.Valid(trigger);
        if (ComplaintWorkflow.IsPermitted(complaint.Status, trigger))
        {
            switch (trigger)
            {
                case ComplaintTrigger.Resume:
                    complaint.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Pause), TestRules.Handler, at, TestRules.Bank2020);
                    break;
                case ComplaintTrigger.Close:
                    complaint.Apply(ComplaintBuilder.Valid(ComplaintTrigger.RecordCallback), TestRules.FeedbackAgent, at, TestRules.Bank2020);
                    break;
                case ComplaintTrigger.CompleteFollowUp:
                    complaint.Apply(new RecordCallback(1, LowScoreReason: "客户认为退款太慢"), TestRules.FeedbackAgent, at, TestRules.Bank2020);
                    break;
                case ComplaintTrigger.ReportToRegulator:
                    complaint.Apply(ComplaintBuilder.Valid(ComplaintTrigger.DesignateMajor), TestRules.Compliance, at, TestRules.Bank2020);
                    activity = new ReportToRegulator(RegulatorReportKind.MajorComplaint, "重大投诉报告", "报送回执 001");
                    break;
            }
        }

        complaint.ClearDomainEvents();
        return activity;
    }

    private sealed record Snapshot(ComplaintStatus Status, int Version, int EventCount, string LastEventHash, int Events,
        string Clocks, bool IsPaused, string? Department, decimal Compensation)
    {
        public static Snapshot Of(Complaint c) => new(c.Status, c.Version, c.EventCount, c.LastEventHash, c.Events.Count,
            string.Join(";", c.Clocks.Select(k => $"{k.Kind}:{k.DueAtUtc:O}:{k.MetAtUtc:O}:{k.StoppedAtUtc:O}:{k.PausedAtUtc:O}:{k.StateAt(c.UpdatedAtUtc, 0.8)}")),
            c.IsPaused, c.Department, c.CompensationAmount);
    }
}
