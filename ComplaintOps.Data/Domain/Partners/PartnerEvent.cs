using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Partners;

/// <summary>Who created, renamed or deactivated a partner, and when, with the names it had afterwards (append-only).</summary>
public sealed class PartnerEvent
{
    private PartnerEvent()
    {
    }

    public long Id { get; private set; }

    public string PartnerCode { get; private set; } = "";

    public PartnerEventKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    public string ActorId { get; private set; } = "";

    public string ActorName { get; private set; } = "";

    public DateTimeOffset AtUtc { get; private set; }

    internal static PartnerEvent Of(Partner partner, PartnerEventKind kind, Actor actor, DateTimeOffset atUtc) => new()
    {
        PartnerCode = partner.Code, Kind = kind, Name = partner.Name, NameEn = partner.NameEn, ActorId = actor.Id, ActorName = actor.Name, AtUtc = atUtc,
    };
}
