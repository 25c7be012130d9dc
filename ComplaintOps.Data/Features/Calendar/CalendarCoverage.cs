using ComplaintOps.Data.Domain.Calendar;

namespace ComplaintOps.Data.Features.Calendar;

/// <summary>
/// How far ahead a region's holidays are known. <paramref name="Warning"/> when fewer than the configured days remain:
/// working days counted past <paramref name="CoveredThrough"/> ignore holidays nobody has entered yet.
/// </summary>
/// <param name="CoveredThrough">Dec 31 of the region's last loaded year; null when none is.</param>
/// <param name="DaysLeft">Days from today (in the region's time zone) to <paramref name="CoveredThrough"/>; 0 when not covered.</param>
public sealed record CalendarCoverage(CalendarRegion Region, DateOnly? CoveredThrough, int DaysLeft, bool Warning);
