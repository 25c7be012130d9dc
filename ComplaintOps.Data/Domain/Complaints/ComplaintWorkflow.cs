using System.Collections.Frozen;
using ComplaintOps.Data.Domain.Common;

namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>The state machine: one table of (state, trigger) → next state. Nothing else decides legality.</summary>
public static class ComplaintWorkflow
{
    private static readonly ComplaintStatus[] Working =
        [ComplaintStatus.Registered, ComplaintStatus.Classified, ComplaintStatus.Assigned, ComplaintStatus.Investigating,
         ComplaintStatus.ResolutionProposed, ComplaintStatus.UnderReview, ComplaintStatus.Resolved, ComplaintStatus.FeedbackGiven,
         ComplaintStatus.Appealed, ComplaintStatus.ReviewRequested];

    private static readonly FrozenDictionary<(ComplaintStatus From, ComplaintTrigger Trigger), ComplaintStatus> Transitions = Build();

    private static FrozenDictionary<(ComplaintStatus, ComplaintTrigger), ComplaintStatus> Build()
    {
        var t = new Dictionary<(ComplaintStatus, ComplaintTrigger), ComplaintStatus>
        {
            [(ComplaintStatus.Registered, ComplaintTrigger.Classify)] = ComplaintStatus.Classified,
            [(ComplaintStatus.Registered, ComplaintTrigger.Reject)] = ComplaintStatus.Rejected,
            [(ComplaintStatus.Registered, ComplaintTrigger.Merge)] = ComplaintStatus.Merged,
            [(ComplaintStatus.Classified, ComplaintTrigger.Assign)] = ComplaintStatus.Assigned,
            [(ComplaintStatus.Classified, ComplaintTrigger.Merge)] = ComplaintStatus.Merged,
            [(ComplaintStatus.Assigned, ComplaintTrigger.StartInvestigation)] = ComplaintStatus.Investigating,
            [(ComplaintStatus.Assigned, ComplaintTrigger.Reassign)] = ComplaintStatus.Assigned,
            [(ComplaintStatus.Investigating, ComplaintTrigger.ProposeResolution)] = ComplaintStatus.ResolutionProposed,
            [(ComplaintStatus.ResolutionProposed, ComplaintTrigger.SubmitForReview)] = ComplaintStatus.UnderReview,
            [(ComplaintStatus.UnderReview, ComplaintTrigger.Approve)] = ComplaintStatus.Resolved,
            [(ComplaintStatus.UnderReview, ComplaintTrigger.ReturnForRework)] = ComplaintStatus.Investigating,
            [(ComplaintStatus.Resolved, ComplaintTrigger.GiveFeedback)] = ComplaintStatus.FeedbackGiven,
            [(ComplaintStatus.FeedbackGiven, ComplaintTrigger.Close)] = ComplaintStatus.Closed,
            [(ComplaintStatus.FeedbackGiven, ComplaintTrigger.Appeal)] = ComplaintStatus.Appealed,
            [(ComplaintStatus.Closed, ComplaintTrigger.Appeal)] = ComplaintStatus.Appealed,
            [(ComplaintStatus.Appealed, ComplaintTrigger.Reopen)] = ComplaintStatus.Investigating,
            [(ComplaintStatus.FeedbackGiven, ComplaintTrigger.RequestReview)] = ComplaintStatus.ReviewRequested,
            [(ComplaintStatus.Closed, ComplaintTrigger.RequestReview)] = ComplaintStatus.ReviewRequested,
            [(ComplaintStatus.ReviewRequested, ComplaintTrigger.DecideReview)] = ComplaintStatus.Closed,

            // in-state activities (the state does not change)
            [(ComplaintStatus.Investigating, ComplaintTrigger.Pause)] = ComplaintStatus.Investigating,
            [(ComplaintStatus.Investigating, ComplaintTrigger.Resume)] = ComplaintStatus.Investigating,
            [(ComplaintStatus.ResolutionProposed, ComplaintTrigger.AuthorizeCompensation)] = ComplaintStatus.ResolutionProposed,
            [(ComplaintStatus.FeedbackGiven, ComplaintTrigger.RecordCallback)] = ComplaintStatus.FeedbackGiven,
            [(ComplaintStatus.FeedbackGiven, ComplaintTrigger.CompleteFollowUp)] = ComplaintStatus.FeedbackGiven,
            [(ComplaintStatus.Resolved, ComplaintTrigger.ReportToRegulator)] = ComplaintStatus.Resolved,
            [(ComplaintStatus.FeedbackGiven, ComplaintTrigger.ReportToRegulator)] = ComplaintStatus.FeedbackGiven,
        };

        // The customer may withdraw until a result is approved.
        foreach (var s in new[] { ComplaintStatus.Registered, ComplaintStatus.Classified, ComplaintStatus.Assigned,
                                  ComplaintStatus.Investigating, ComplaintStatus.ResolutionProposed, ComplaintStatus.UnderReview })
        {
            t[(s, ComplaintTrigger.Withdraw)] = ComplaintStatus.Withdrawn;
        }

        foreach (var s in new[] { ComplaintStatus.Registered, ComplaintStatus.Classified, ComplaintStatus.Assigned, ComplaintStatus.Investigating })
        {
            t[(s, ComplaintTrigger.Acknowledge)] = s;
        }

        foreach (var s in new[] { ComplaintStatus.Assigned, ComplaintStatus.Investigating, ComplaintStatus.ResolutionProposed, ComplaintStatus.UnderReview })
        {
            t[(s, ComplaintTrigger.Extend)] = s;
        }

        foreach (var s in Working)
        {
            t[(s, ComplaintTrigger.RecordRepeat)] = s;
            t[(s, ComplaintTrigger.DesignateMajor)] = s;
        }

        // A major complaint's report is due whatever stage the case is at.
        foreach (var s in new[] { ComplaintStatus.Registered, ComplaintStatus.Classified, ComplaintStatus.Assigned, ComplaintStatus.Investigating,
                                  ComplaintStatus.ResolutionProposed, ComplaintStatus.UnderReview, ComplaintStatus.Appealed,
                                  ComplaintStatus.ReviewRequested })
        {
            t[(s, ComplaintTrigger.ReportToRegulator)] = s;
        }

        foreach (var s in Enum.GetValues<ComplaintStatus>())
        {
            t[(s, ComplaintTrigger.AddNote)] = s;
        }

        return t.ToFrozenDictionary();
    }

    /// <summary>Triggers allowed from <paramref name="from"/>, in declaration order. The UI renders its buttons from this.</summary>
    public static IReadOnlyList<ComplaintTrigger> PermittedTriggers(ComplaintStatus from) =>
        Enum.GetValues<ComplaintTrigger>().Where(trigger => Transitions.ContainsKey((from, trigger))).ToArray();

    public static bool IsPermitted(ComplaintStatus from, ComplaintTrigger trigger) => Transitions.ContainsKey((from, trigger));

    public static ComplaintStatus Next(ComplaintStatus from, ComplaintTrigger trigger) =>
        Transitions.TryGetValue((from, trigger), out var to) ? to : throw new InvalidTransitionException(from, trigger);
}
