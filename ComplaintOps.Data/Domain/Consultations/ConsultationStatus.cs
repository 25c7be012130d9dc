namespace ComplaintOps.Data.Domain.Consultations;

public enum ConsultationStatus
{
    /// <summary>Waiting for the invited departments' opinions and the opener's conclusion.</summary>
    Open,

    /// <summary>The opener recorded the conclusion; nothing changes any more.</summary>
    Closed,
}
