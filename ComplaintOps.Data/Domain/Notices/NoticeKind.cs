namespace ComplaintOps.Data.Domain.Notices;

/// <summary>What a notice tells its recipient. The first four go to customers, the others to staff.</summary>
public enum NoticeKind
{
    /// <summary>Complaint received: its reference, the time limit and whom to contact.</summary>
    Acknowledgement,

    /// <summary>The time limit was extended: the new limit and the reason.</summary>
    Extension,

    /// <summary>The decision (verification, basis, reasons, remedies).</summary>
    DecisionNotice,

    /// <summary>Invitation to the callback (satisfaction survey).</summary>
    CallbackInvitation,

    /// <summary>An action item of a joint review meeting is overdue (to its owner's department head).</summary>
    ActionOverdue,

    /// <summary>A regulator report is due soon (to compliance).</summary>
    ReportDue,
}

/// <summary>How a notice travels.</summary>
public enum NoticeChannel
{
    Email,
    Sms,
}

/// <summary>Where a notice stands in the outbox.</summary>
public enum NoticeStatus
{
    /// <summary>Written, not yet delivered (also after a failed attempt that will be retried).</summary>
    Pending,

    /// <summary>Accepted by the mail server or SMS provider.</summary>
    Sent,

    /// <summary>Gave up after the last retry; shown on the complaint for a person to act on.</summary>
    Abandoned,
}
