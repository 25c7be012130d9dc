namespace ComplaintOps.Data.Domain.Calendar;

/// <summary>
/// Local days and weeks of the business time zone, as the dashboard counts them: a day starts at local midnight, a week on
/// Monday. Stored instants are UTC; these turn them into the days people talk about and back.
/// </summary>
public static class LocalDays
{
    public static DateOnly Of(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The UTC instant local midnight of <paramref name="day"/> falls on.</summary>
    public static DateTimeOffset StartUtc(DateOnly day, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone), TimeSpan.Zero);

    /// <summary>The Monday of <paramref name="day"/>'s week.</summary>
    public static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
