using ComplaintOps.Data.Domain.Common;

namespace ComplaintOps.Data.Domain.Reference;

/// <summary>What a partner does for the institution; complaints about outsourced work are scored per partner.</summary>
public enum PartnerKind
{
    /// <summary>Outsourced collection agency (催收机构).</summary>
    CollectionAgency,

    /// <summary>Issuer of a product the institution sells (代销产品发行方).</summary>
    ProductIssuer,

    /// <summary>Channel partner (合作渠道), e.g. a platform that markets the institution's loans.</summary>
    ChannelPartner,
}

/// <summary>
/// A third party complaints can be about (DESIGN §4, partner scorecard). Identified by a short code, named in both
/// languages; complaints, action items and cooperation ratings refer to it by <see cref="Code"/>.
/// </summary>
public sealed class Partner
{
    public const int CodeLength = 24;
    public const int NameLength = 100;

    private Partner()
    {
    }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    public PartnerKind Kind { get; private set; }

    /// <summary>No new complaints or actions are linked to an inactive partner; its history stays.</summary>
    public bool Active { get; private set; } = true;

    public int Version { get; private set; }

    /// <summary>Refuses a blank or over-long code or name with a <see cref="DomainException"/>.</summary>
    public static Partner Create(string code, string name, string nameEn, PartnerKind kind)
    {
        var c = code?.Trim().ToUpperInvariant() ?? "";
        if (c.Length is 0 or > CodeLength)
        {
            throw new DomainException("validation_failed", $"The partner code must be 1 to {CodeLength} characters.");
        }

        return new Partner { Code = c, Kind = kind, Version = 1 }.Renamed(name, nameEn);
    }

    public Partner Renamed(string name, string nameEn)
    {
        Name = Named(name);
        NameEn = Named(nameEn);
        Version++;
        return this;
    }

    public void Deactivate()
    {
        Active = false;
        Version++;
    }

    public string DisplayName(bool chinese) => chinese ? Name : NameEn;

    private static string Named(string? value)
    {
        var v = value?.Trim() ?? "";
        if (v.Length is 0 or > NameLength)
        {
            throw new DomainException("validation_failed", $"A partner name must be 1 to {NameLength} characters.");
        }

        return v;
    }
}
