namespace ComplaintOps.Data.Domain.Reference;

/// <summary>Where a complaint came in.</summary>
public enum Channel
{
    Phone,
    Branch,
    Email,
    Web,
    MobileApp,
    WeChat,
    Letter,
    SocialMedia,
    /// <summary>Transferred by a regulator; carries the regulator's own deadline.</summary>
    Regulator,
}

public enum Severity
{
    Low,
    Medium,
    High,
    /// <summary>Major or mass event (重大/群体性): reported to the regulator.</summary>
    Major,
}

public enum CustomerTier
{
    Standard,
    /// <summary>VIP green channel: shorter clocks, top priority.</summary>
    Vip,
}
