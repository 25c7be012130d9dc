namespace ComplaintOps.Data.Domain.Calendar;

public enum CalendarDayKind
{
    /// <summary>A public holiday (or bridge day) on which nobody works.</summary>
    Holiday,
    /// <summary>A weekend day that is a working day (调休 make-up day).</summary>
    MakeupWorkday,
}

/// <summary>An exception to the plain Monday–Friday week in one region. Editable; stored in the database.</summary>
public sealed class CalendarDay
{
    public CalendarDay(DateOnly date, CalendarDayKind kind, string name, CalendarRegion region = CalendarRegion.China)
    {
        Region = region;
        Date = date;
        Kind = kind;
        Name = name;
    }

    public CalendarRegion Region { get; private set; }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    public string Name { get; private set; }

    /// <summary>Who last changed the day by hand; null for a day exactly as shipped. A later shipped file never overwrites such a day.</summary>
    public string? EditedBy { get; private set; }

    public DateTimeOffset? EditedAtUtc { get; private set; }

    public bool IsLocalEdit => EditedBy is not null;

    public void Edit(CalendarDayKind kind, string name, string editedBy, DateTimeOffset atUtc)
    {
        Kind = kind;
        Name = name;
        EditedBy = editedBy;
        EditedAtUtc = atUtc;
    }
}
