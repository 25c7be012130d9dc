namespace ComplaintOps.Data.Domain.Sla;

/// <summary>The clocks of a complaint (DESIGN §2). Several run at once.</summary>
public enum ClockKind
{
    /// <summary>Tell the customer the complaint was accepted, with its time limit and a contact.</summary>
    Acknowledge,
    /// <summary>Route to a handling department.</summary>
    Route,
    /// <summary>First contact / start of investigation after assignment.</summary>
    StartInvestigation,
    /// <summary>Decide (approved result) after receipt; extendable in stages; only excludable waits stop it.</summary>
    Resolve,
    /// <summary>Tell the customer the result after approval.</summary>
    Feedback,
    /// <summary>Satisfaction callback after feedback.</summary>
    Callback,
    /// <summary>Report the result to the regulator that transferred the case, by the regulator's deadline.</summary>
    Regulator,
    /// <summary>UK DISP summary resolution: resolved by the close of the third business day, or the full clock applies.</summary>
    SummaryResolution,
    /// <summary>核查: decide a customer's review request.</summary>
    Review,
    /// <summary>Follow up a low satisfaction score.</summary>
    FollowUp,
    /// <summary>Report a major complaint (重大投诉) to the regulator.</summary>
    MajorReport,
}

/// <summary>How a clock stands at a moment.</summary>
public enum ClockState
{
    OnTime,
    AtRisk,
    Breached,
    Met,
    MetLate,
    Paused,
    /// <summary>No longer running, before its due date, because the complaint left the process or the clock was restarted.</summary>
    Stopped,
}

/// <summary>
/// Why a clock is paused. The customer is told either way. Only the reasons a profile lists as excludable stop its legal
/// clocks (2020 measures art. 18(2): appraisal, testing, assessment; art. 23: mediation); the others stop internal clocks only.
/// </summary>
public enum PauseReason
{
    ExternalAppraisal,
    WaitingForCustomer,
    Litigation,
    Mediation,
}
