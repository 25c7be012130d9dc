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
    /// <summary>Resolve (approved result) after registration; extendable, pausable.</summary>
    Resolve,
    /// <summary>Tell the customer the result after approval.</summary>
    Feedback,
    /// <summary>Satisfaction callback after feedback.</summary>
    Callback,
    /// <summary>The deadline a regulator set on a transferred case.</summary>
    Regulator,
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

/// <summary>Why a clock is paused. The customer is told either way.</summary>
public enum PauseReason
{
    ExternalAppraisal,
    WaitingForCustomer,
    Litigation,
}
