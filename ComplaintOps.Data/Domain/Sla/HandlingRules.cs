using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Complaints;

namespace ComplaintOps.Data.Domain.Sla;

/// <summary>
/// Everything a complaint's rules depend on besides itself: the clock policy, the calendar it counts in, the
/// authorization tiers, and the seal its history events are signed with (every event is appended under these rules).
/// </summary>
public sealed record HandlingRules(SlaPolicy Policy, BusinessCalendar Calendar, AuthorizationTiers Tiers, HistorySeal Seal);
