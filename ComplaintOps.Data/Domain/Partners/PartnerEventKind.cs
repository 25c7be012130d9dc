namespace ComplaintOps.Data.Domain.Partners;

public enum PartnerEventKind
{
    Created,
    Renamed,
    Deactivated,
}
