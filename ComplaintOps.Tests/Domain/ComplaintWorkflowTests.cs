using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;

namespace ComplaintOps.Tests.Domain;

public sealed class ComplaintWorkflowTests
{
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
        Prepare(complaint, trigger);
        var before = Snapshot.Of(complaint);
        var at = complaint.UpdatedAtUtc.AddMinutes(30);

        if (ComplaintWorkflow.IsPermitted(status, trigger))
        {
            complaint.Apply(ComplaintBuilder.Valid(trigger), ComplaintBuilder.ActorFor(trigger), at, TestRules.Standard);

            Assert.Equal(ComplaintWorkflow.Next(status, trigger), complaint.Status);
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
                complaint.Apply(ComplaintBuilder.Valid(trigger), ComplaintBuilder.ActorFor(trigger), at, TestRules.Standard));

            Assert.Equal(status, ex.From);
            Assert.Contains(trigger.ToString(), ex.Message);
            Assert.Equal(before, Snapshot.Of(complaint));
            Assert.Empty(complaint.DomainEvents);
        }
    }

    [Fact]
    public void Permitted_triggers_follow_the_design_table()
    {
        Assert.Equal(
            [ComplaintTrigger.Classify, ComplaintTrigger.Withdraw, ComplaintTrigger.Reject, ComplaintTrigger.Merge, ComplaintTrigger.Acknowledge,
             ComplaintTrigger.RecordRepeat, ComplaintTrigger.AddNote],
            ComplaintWorkflow.PermittedTriggers(ComplaintStatus.Registered));
        Assert.Equal([ComplaintTrigger.Approve, ComplaintTrigger.ReturnForRework, ComplaintTrigger.Withdraw, ComplaintTrigger.Extend,
                      ComplaintTrigger.RecordRepeat, ComplaintTrigger.AddNote],
            ComplaintWorkflow.PermittedTriggers(ComplaintStatus.UnderReview));
        Assert.Equal([ComplaintTrigger.Appeal, ComplaintTrigger.AddNote], ComplaintWorkflow.PermittedTriggers(ComplaintStatus.Closed));
        Assert.Equal([ComplaintTrigger.AddNote], ComplaintWorkflow.PermittedTriggers(ComplaintStatus.Withdrawn));
    }

    [Fact]
    public void The_whole_path_leaves_a_sealed_chained_history_that_detects_tampering()
    {
        var complaint = new ComplaintBuilder().In(ComplaintStatus.Closed);

        Assert.Equal(9, complaint.Events.Count);   // registered + 8 transitions
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

    /// <summary>Sets up what a permitted trigger needs besides its state (a pause to resume).</summary>
    private static void Prepare(Complaint complaint, ComplaintTrigger trigger)
    {
        var at = complaint.UpdatedAtUtc.AddMinutes(10);
        if (trigger == ComplaintTrigger.Resume && complaint.Status == ComplaintStatus.Investigating)
        {
            complaint.Apply(ComplaintBuilder.Valid(ComplaintTrigger.Pause), TestRules.Handler, at, TestRules.Standard);
        }

        complaint.ClearDomainEvents();
    }

    private sealed record Snapshot(ComplaintStatus Status, int Version, int EventCount, string LastEventHash, int Events,
        string Clocks, bool IsPaused, string? Department, decimal Compensation)
    {
        public static Snapshot Of(Complaint c) => new(c.Status, c.Version, c.EventCount, c.LastEventHash, c.Events.Count,
            string.Join(";", c.Clocks.Select(k => $"{k.Kind}:{k.DueAtUtc:O}:{k.MetAtUtc:O}:{k.StoppedAtUtc:O}:{k.PausedAtUtc:O}:{k.StateAt(c.UpdatedAtUtc, 0.8)}")),
            c.IsPaused, c.Department, c.CompensationAmount);
    }
}
