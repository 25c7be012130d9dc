using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Partners;

/// <summary>
/// The changes a person makes to the partner list: each demands <see cref="Permission.ManagePartners"/>, refuses a stale
/// version, and returns the <see cref="PartnerEvent"/> to store with it. (<see cref="Partner"/> itself is reference data
/// the demo and imports also create, so the person-facing rules live here.)
/// </summary>
public static class PartnerStewardship
{
    public static (Partner Partner, PartnerEvent Event) Create(string code, string name, string nameEn, PartnerKind kind, Actor actor, DateTimeOffset nowUtc)
    {
        Demand(actor);
        var partner = Partner.Create(code, name, nameEn, kind);
        return (partner, PartnerEvent.Of(partner, PartnerEventKind.Created, actor, StoredInstant.Normalize(nowUtc)));
    }

    public static PartnerEvent Rename(Partner partner, int expectedVersion, string name, string nameEn, Actor actor, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(partner);
        Demand(actor);
        Current(partner, expectedVersion);
        partner.Renamed(name, nameEn);
        return PartnerEvent.Of(partner, PartnerEventKind.Renamed, actor, StoredInstant.Normalize(nowUtc));
    }

    public static PartnerEvent Deactivate(Partner partner, int expectedVersion, Actor actor, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(partner);
        Demand(actor);
        Current(partner, expectedVersion);
        if (!partner.Active)
        {
            throw new DomainException("partner_inactive", $"The partner {partner.Code} is already inactive.");
        }

        partner.Deactivate();
        return PartnerEvent.Of(partner, PartnerEventKind.Deactivated, actor, StoredInstant.Normalize(nowUtc));
    }

    internal static void Demand(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(Permission.ManagePartners))
        {
            throw ForbiddenException.Lacking(Permission.ManagePartners);
        }
    }

    private static void Current(Partner partner, int expectedVersion)
    {
        if (partner.Version != expectedVersion)
        {
            throw new DomainException("concurrency_conflict",
                $"The partner was changed by someone else (you saw version {expectedVersion}, it is now {partner.Version}). Reload and try again.");
        }
    }
}
