namespace ComplaintOps.Data.Domain.Governance;

/// <summary>What happened to a review meeting or an action item.</summary>
public enum GovernanceEventKind
{
    MeetingCreated,
    MeetingHeld,
    MeetingClosed,
    FindingRecorded,
    ActionCreated,
    ActionStarted,
    ProgressRecorded,
    ActionCompleted,
    ActionEscalated,
}
