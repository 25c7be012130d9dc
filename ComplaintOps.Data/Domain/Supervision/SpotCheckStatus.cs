namespace ComplaintOps.Data.Domain.Supervision;

public enum SpotCheckStatus
{
    /// <summary>Drawn; cases are being checked.</summary>
    Open,
    /// <summary>Every case checked and the check signed off; no more changes.</summary>
    Completed,
}
