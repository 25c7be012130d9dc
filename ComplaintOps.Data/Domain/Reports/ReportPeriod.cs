using System.Globalization;
using ComplaintOps.Data.Domain.Common;

namespace ComplaintOps.Data.Domain.Reports;

/// <summary>
/// A half-year: H1 runs 1 Jan–30 Jun and is due to the regulator on 30 Jul; H2 runs 1 Jul–31 Dec and is due on 30 Jan of
/// the next year. Written "2026H1". Dates are local dates of the bank's calendar; a complaint belongs to the half-year of
/// the local date it was received.
/// </summary>
public sealed record ReportPeriod(int Year, int Half)
{
    public DateOnly From => new(Year, Half == 1 ? 1 : 7, 1);

    /// <summary>The last day, inclusive.</summary>
    public DateOnly To => Half == 1 ? new DateOnly(Year, 6, 30) : new DateOnly(Year, 12, 31);

    public DateOnly Due => Half == 1 ? new DateOnly(Year, 7, 30) : new DateOnly(Year + 1, 1, 30);

    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year}H{Half}");

    public ReportPeriod Previous => Half == 1 ? new ReportPeriod(Year - 1, 2) : new ReportPeriod(Year, 1);

    public static ReportPeriod Containing(DateOnly day) => new(day.Year, day.Month <= 6 ? 1 : 2);

    /// <summary>The half-year whose report is the next one due on <paramref name="today"/>: the last one that has ended.</summary>
    public static ReportPeriod LastEnded(DateOnly today) => Containing(today).Previous;

    public static bool TryParse(string? key, out ReportPeriod period)
    {
        period = new ReportPeriod(1, 1);
        if (key is not { Length: 6 } || (key[5] != '1' && key[5] != '2') || char.ToUpperInvariant(key[4]) != 'H'
            || !int.TryParse(key.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000)
        {
            return false;
        }

        period = new ReportPeriod(year, key[5] - '0');
        return true;
    }

    public static ReportPeriod Parse(string? key) =>
        TryParse(key, out var period) ? period : throw new DomainException("invalid_report_period", "A report period is written like 2026H1 or 2026H2.");

    public override string ToString() => Key;
}
