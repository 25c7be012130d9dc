namespace ComplaintOps.Data.Domain.Calendar;

/// <summary>
/// A shipped year file merged into the database. A year is merged once: holidays removed by hand later are not brought
/// back on the next start, and a year with this record counts as covered even if it has no exception days.
/// </summary>
public sealed class CalendarYearLoad
{
    public CalendarYearLoad(CalendarRegion region, int year, DateTimeOffset appliedAtUtc, int daysAdded)
    {
        Region = region;
        Year = year;
        AppliedAtUtc = appliedAtUtc;
        DaysAdded = daysAdded;
    }

    public CalendarRegion Region { get; private set; }

    public int Year { get; private set; }

    public DateTimeOffset AppliedAtUtc { get; private set; }

    /// <summary>Days the merge wrote; 0 when the year was already in the database (a day of it existed, edited or seeded earlier).</summary>
    public int DaysAdded { get; private set; }
}
