using ComplaintOps.Data.Domain.Calendar;

namespace ComplaintOps.Data.Domain.Sla;

/// <summary>Everything a complaint's rules depend on besides itself: the clock policy, the calendar it counts in, and the authorization tiers.</summary>
public sealed record HandlingRules(SlaPolicy Policy, BusinessCalendar Calendar, AuthorizationTiers Tiers);
