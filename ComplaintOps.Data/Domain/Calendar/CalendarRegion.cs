namespace ComplaintOps.Data.Domain.Calendar;

/// <summary>
/// Whose public holidays a calendar holds. A policy profile counts working (business) days in its own region's
/// calendar: the China profiles in the State Council's arrangements, UK DISP in the UK bank holidays.
/// </summary>
public enum CalendarRegion
{
    China,
    UnitedKingdom,
}
