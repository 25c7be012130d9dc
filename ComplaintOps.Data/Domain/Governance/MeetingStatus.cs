namespace ComplaintOps.Data.Domain.Governance;

/// <summary>Draft while being prepared, Held once the room has met (findings may still be completed), Closed when the minutes are final.</summary>
public enum MeetingStatus
{
    Draft,
    Held,
    Closed,
}
