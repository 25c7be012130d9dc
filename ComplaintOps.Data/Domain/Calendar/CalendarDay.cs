namespace ComplaintOps.Data.Domain.Calendar;

public enum CalendarDayKind
{
    /// <summary>A public holiday (or bridge day) on which nobody works.</summary>
    Holiday,
    /// <summary>A weekend day that is a working day (调休 make-up day).</summary>
    MakeupWorkday,
}

/// <summary>An exception to the plain Monday–Friday week. Editable; stored in the database.</summary>
public sealed class CalendarDay
{
    public CalendarDay(DateOnly date, CalendarDayKind kind, string name)
    {
        Date = date;
        Kind = kind;
        Name = name;
    }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; set; }

    public string Name { get; set; }
}
