namespace ComplaintOps.Data.Domain.Consultations;

public enum ConsultationEventKind
{
    Opened,
    OpinionRecorded,
    Closed,
}
