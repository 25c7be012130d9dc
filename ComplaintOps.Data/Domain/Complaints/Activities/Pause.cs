using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints.Activities;

/// <summary>
/// Stops clocks while the case waits, with the customer told. Only the reasons the profile may exclude (appraisal,
/// mediation under the 2020 measures) stop the legal clock, and then by the elapsed time; other waits stop internal clocks
/// only. A clock already past its due date is not paused: a breach stays visible.
/// </summary>
public sealed record Pause(PauseReason Reason, bool CustomerNotified, string? Note = null) : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.Pause;

    internal override string? Remark => Note;

    internal override void Check(Complaint complaint, ActivityContext context)
    {
        Require(!complaint.IsPaused, "trigger", "The clocks are already paused.");
        Require(CustomerNotified, "customerNotified", "The customer must be told about the pause.");
    }

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
        complaint.IsPaused = true;
        complaint.PauseReason = Reason;
        var policy = context.Rules.Policy;
        var excludable = policy.ExcludableReasons.Contains(Reason);
        foreach (var clock in complaint.Clocks.Where(c => c.IsRunning).ToList())
        {
            var pausable = clock.Legal ? excludable : policy.RuleOrNull(clock.Kind)?.Pausable == true;
            if (pausable)
            {
                clock.Pause(context.NowUtc);
            }
        }
    }

    internal override IEnumerable<(string, string?)> Details() => [("pauseReason", Reason.ToString())];
}

/// <summary>The wait is over: paused clocks run again, their due dates moved by the time they stood still.</summary>
public sealed record Resume : ComplaintActivity
{
    public override ComplaintTrigger Trigger => ComplaintTrigger.Resume;

    internal override void Check(Complaint complaint, ActivityContext context) => Require(complaint.IsPaused, "trigger", "The clocks are not paused.");

    internal override void Apply(Complaint complaint, ActivityContext context)
    {
        complaint.IsPaused = false;
        complaint.PauseReason = null;
        foreach (var clock in complaint.Clocks.Where(c => c.IsPaused).ToList())
        {
            clock.Resume(context.NowUtc, context.Rules.Calendar);
        }
    }
}
