using System.Globalization;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Kpis;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Reports;

/// <summary>
/// The figures of the semi-annual statistical report from the facts of the complaints received in the half-year. Pure:
/// the same facts give the same figures, which is what lets a signed snapshot be compared with a later re-run.
/// </summary>
public static class SemiAnnualReport
{
    public const int TopTopics = 10;

    /// <summary>Products are typed at intake (hundreds of spellings): the most named ones each, the rest together.</summary>
    public const int TopProducts = 15;

    /// <summary>The item of the products outside the top ones.</summary>
    public const string OtherProducts = "+";

    /// <summary>Natural-day bands of the cycle time (<see cref="Kpi.CycleTime"/>): within 15, 16–30, 31–60, over 60 days.</summary>
    public static readonly IReadOnlyList<(string Item, int? UpTo)> DayBands = [("0-15", 15), ("16-30", 30), ("31-60", 60), ("61+", null)];

    /// <param name="calendar">The business calendar the 2012 profile's working days are counted in.</param>
    public static IReadOnlyList<ReportFigure> Build(IReadOnlyCollection<ReportFact> facts, InstitutionFigures? institution, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(calendar);
        var figures = new List<ReportFigure> { Count(ReportSections.Totals, "received", facts) };
        figures.AddRange(Timeliness(facts));
        figures.AddRange(By(ReportSections.Category, facts, f => f.Category));
        figures.AddRange(By(ReportSections.Channel, facts, f => f.Channel.ToString()));
        figures.AddRange(Products(facts));
        figures.AddRange(By(ReportSections.Region, facts, f => f.Region));
        figures.AddRange(By(ReportSections.Severity, facts, f => f.Severity?.ToString()));

        var closed = facts.Where(f => Kpi.IsClosed(f.Status) && f.ClosedAtUtc is not null).ToList();
        figures.Add(Count(ReportSections.ClosedWithinDays, "total", closed));
        figures.AddRange(Bands(ReportSections.ClosedWithinDays, closed, f => Kpi.CycleTime(f.ReceivedAtUtc, f.ClosedAtUtc)!.Value.TotalDays));
        var closed2012 = closed.Where(f => f.SlaPolicyName == SlaPolicies.Bank2012.Name).ToList();
        figures.Add(Count(ReportSections.ClosedWithinWorkingDays, "total", closed2012));
        figures.AddRange(Bands(ReportSections.ClosedWithinWorkingDays, closed2012, f => WorkingDays(calendar, f)));

        var redressed = closed.Where(f => f.CompensationAuthorized && f.CompensationAmount > 0).ToList();
        figures.Add(Count(ReportSections.Redress, "count", redressed));
        figures.Add(new ReportFigure(ReportSections.Redress, "amount", FigureUnit.Money, redressed.Sum(f => f.CompensationAmount), Ids(redressed)));

        figures.Add(Count(ReportSections.Major, "count", facts.Where(f => f.IsMajor)));
        var transfers = facts.Where(f => f.RegulatorTransfer).ToList();
        figures.Add(Count(ReportSections.Regulator, "transfers", transfers));
        figures.Add(Count(ReportSections.Regulator, "reportedBack", transfers.Where(f => f.RegulatorReportedAtUtc is not null)));

        figures.Add(Count(ReportSections.Appeals, "count", facts.Where(f => f.Round > 1)));
        var reviews = facts.Where(f => f.ReviewRequested).ToList();
        figures.Add(Count(ReportSections.Review, "requested", reviews));
        figures.AddRange(reviews.Where(f => f.ReviewOutcome is not null).GroupBy(f => f.ReviewOutcome!.Value.ToString())
            .Select(g => Count(ReportSections.Review, g.Key, g)));

        figures.AddRange(facts.Where(f => f.Topic is not null).GroupBy(f => f.Topic!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Value).Take(TopTopics)
            .Select(g => Count(ReportSections.Topic, g.Key.Value.ToString(CultureInfo.InvariantCulture), g)));

        figures.AddRange(Normalised(facts, institution));
        return figures;
    }

    private static IEnumerable<ReportFigure> Products(IReadOnlyCollection<ReportFact> facts)
    {
        var ranked = facts.GroupBy(f => f.Product ?? ReportSections.None).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var group in ranked.Take(TopProducts))
        {
            yield return Count(ReportSections.Product, group.Key, group);
        }

        if (ranked.Count > TopProducts)
        {
            yield return Count(ReportSections.Product, OtherProducts, ranked.Skip(TopProducts).SelectMany(g => g));
        }
    }

    internal static IEnumerable<ReportFigure> Timeliness(IReadOnlyCollection<ReportFact> facts)
    {
        var met = facts.SelectMany(f => f.Clocks.Where(k => Kpi.IsMet(k.MetAtUtc)).Select(k => (f.Id, OnTime: Kpi.IsMetOnTime(k.DueAtUtc, k.MetAtUtc)))).ToList();
        var onTime = met.Count(m => m.OnTime);
        var behind = met.Select(m => m.Id).Distinct().ToList();
        yield return new ReportFigure(ReportSections.Timeliness, "clocksMet", FigureUnit.Count, met.Count, behind);
        yield return new ReportFigure(ReportSections.Timeliness, "clocksOnTime", FigureUnit.Count, onTime,
            met.Where(m => m.OnTime).Select(m => m.Id).Distinct().ToList());
        yield return new ReportFigure(ReportSections.Timeliness, "rate", FigureUnit.Rate, Rate(onTime, met.Count), behind);
        var rated = facts.Where(f => Kpi.IsRated(f.Satisfaction)).ToList();
        var satisfied = rated.Where(f => Kpi.IsSatisfied(f.Satisfaction)).ToList();
        yield return Count(ReportSections.Timeliness, "rated", rated);
        yield return new ReportFigure(ReportSections.Timeliness, "satisfaction", FigureUnit.Rate, Rate(satisfied.Count, rated.Count), Ids(rated));
        yield return Count(ReportSections.Timeliness, "repeats", facts.Where(f => Kpi.IsRepeat(f.RepeatCount)));
        yield return Count(ReportSections.Timeliness, "open", facts.Where(f => Kpi.IsOpen(f.Status)));
    }

    private static IEnumerable<ReportFigure> Normalised(IReadOnlyCollection<ReportFact> facts, InstitutionFigures? institution)
    {
        if (institution is null)
        {
            yield break;
        }

        var all = Ids(facts);
        yield return new ReportFigure(ReportSections.Normalised, "branches", FigureUnit.Number, institution.Branches, []);
        yield return new ReportFigure(ReportSections.Normalised, "personalCustomers", FigureUnit.Number, institution.PersonalCustomers, []);
        yield return new ReportFigure(ReportSections.Normalised, "perThousandBranches", FigureUnit.Number,
            Math.Round(facts.Count * 1000m / institution.Branches, 2), all);
        yield return new ReportFigure(ReportSections.Normalised, "perTenMillionCustomers", FigureUnit.Number,
            Math.Round(facts.Count * 10_000_000m / institution.PersonalCustomers, 2), all);
        if (institution.MedianPerThousandBranches is { } branchMedian)
        {
            yield return new ReportFigure(ReportSections.Normalised, "medianPerThousandBranches", FigureUnit.Number, branchMedian, []);
        }

        if (institution.MedianPerTenMillionCustomers is { } customerMedian)
        {
            yield return new ReportFigure(ReportSections.Normalised, "medianPerTenMillionCustomers", FigureUnit.Number, customerMedian, []);
        }
    }

    /// <summary>Working days after the day of receipt up to and including the day of closing (the 2012 profile's day count).</summary>
    public static int WorkingDays(BusinessCalendar calendar, ReportFact fact)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(fact);
        var from = calendar.LocalDate(fact.ReceivedAtUtc).AddDays(1);
        var to = calendar.LocalDate(fact.ClosedAtUtc!.Value).AddDays(1);
        return to <= from ? 0 : calendar.WorkingDaysBetween(from, to);
    }

    /// <summary>Which band a length falls in: the first whose upper bound it does not exceed.</summary>
    public static string BandOf(double days) => DayBands.First(b => b.UpTo is null || days <= b.UpTo).Item;

    private static IEnumerable<ReportFigure> Bands(string section, List<ReportFact> closed, Func<ReportFact, double> length)
    {
        var banded = closed.ToLookup(f => BandOf(length(f)));
        return DayBands.Select(b => Count(section, b.Item, banded[b.Item]));
    }

    internal static IEnumerable<ReportFigure> By(string section, IEnumerable<ReportFact> facts, Func<ReportFact, string?> key) =>
        facts.GroupBy(f => key(f) ?? ReportSections.None).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Count(section, g.Key, g));

    internal static ReportFigure Count(string section, string item, IEnumerable<ReportFact> facts)
    {
        var ids = Ids(facts);
        return new ReportFigure(section, item, FigureUnit.Count, ids.Count, ids);
    }

    /// <summary>A rate as a report shows it: four places, 0 when there is nothing to divide.</summary>
    public static decimal Rate(int part, int whole) => whole == 0 ? 0m : Math.Round((decimal)part / whole, 4);

    internal static List<Guid> Ids(IEnumerable<ReportFact> facts) => [.. facts.Select(f => f.Id).Order()];
}
