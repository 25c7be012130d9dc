namespace ComplaintOps.Data.Domain.Governance;

/// <summary>Where an agenda item came from, in the order the agenda lists them.</summary>
public enum AgendaItemKind
{
    BatchWarning,
    Hotspot,
    MajorComplaint,
    RegulatorTransfer,
    BreachedClock,
    Appeal,

    /// <summary>核查: the customer asked for a review of the decision.</summary>
    ReviewRequest,
    OpenAction,
}
