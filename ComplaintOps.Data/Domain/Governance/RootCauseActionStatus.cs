namespace ComplaintOps.Data.Domain.Governance;

public enum RootCauseActionStatus
{
    Open,
    InProgress,
    Done,
}
