using ComplaintOps.Data.Domain.Hotspots;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Domain.Governance;

/// <summary>
/// Builds a meeting's agenda from a period's facts, in this order: batch warnings, rising topics, then per department the major
/// complaints, regulator transfers, breached clocks, appeals and 核查 requests, and last the open action items.
/// Every item copies what it shows (figures, names, complaints, an eight-week series), so nothing is read again later. Pure.
/// </summary>
public static class AgendaBuilder
{
    public const int SeriesWeeks = 8;

    public static IReadOnlyList<AgendaItem> Build(AgendaFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var seriesStart = Calendar.LocalDays.Monday(facts.To).AddDays(-7 * (SeriesWeeks - 1));
        var items = new List<AgendaItem>();
        foreach (var h in facts.Hotspots.OrderByDescending(h => h.BatchWarning))
        {
            items.Add(HotspotItem(facts, h, seriesStart));
        }

        // Major complaints per department, like the other kinds: a month can hold dozens, and one screen each drowned the agenda.
        items.AddRange(ByDepartment(facts, AgendaItemKind.MajorComplaint, c => c.IsMajor && c.RegisteredInPeriod, seriesStart));
        items.AddRange(ByDepartment(facts, AgendaItemKind.RegulatorTransfer, c => c.FromRegulator && c.RegisteredInPeriod, seriesStart));
        items.AddRange(ByDepartment(facts, AgendaItemKind.BreachedClock, c => c.BreachedInPeriod, seriesStart));
        items.AddRange(ByDepartment(facts, AgendaItemKind.Appeal, c => c.AppealedInPeriod, seriesStart));
        items.AddRange(ByDepartment(facts, AgendaItemKind.ReviewRequest, c => c.ReviewRequestedInPeriod, seriesStart));
        foreach (var a in facts.OpenActions.OrderBy(a => a.DueDate).ThenBy(a => a.Title, StringComparer.Ordinal))
        {
            var late = facts.Today.DayNumber - a.DueDate.DayNumber;
            AgendaFigure figure = late > 0 ? new("daysOverdue", late, false) : new("daysLeft", -late, false);
            items.Add(AgendaItem.Frozen(AgendaItemKind.OpenAction, a.Title, null, null, null, a.Department, [figure], [], seriesStart, [], a.Id));
        }

        return items;
    }

    private static AgendaItem HotspotItem(AgendaFacts facts, Hotspot h, DateOnly seriesStart)
    {
        var subject = facts.Cases.Where(c => h.Subject.Topic is { } t ? c.Topic == t : c.Product == h.Subject.Product).ToList();
        var behind = subject.Where(c => c.RegisteredAtUtc > h.Window.FromUtc && c.RegisteredAtUtc <= h.Window.ToUtc).ToList();
        var department = behind.Where(c => c.Department is not null).GroupBy(c => c.Department).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
        var topicName = NameOf(facts, h.Subject.Topic);
        List<AgendaFigure> figures = h.BatchWarning
            ? [new("batchCount", h.BatchCount, false), new("complaints", behind.Count, false)]
            : [new("complaints", h.Current, false), new("baseline", h.Baseline, false), new("growth", h.Growth, true)];
        AddSatisfaction(figures, behind);
        return AgendaItem.Frozen(h.BatchWarning ? AgendaItemKind.BatchWarning : AgendaItemKind.Hotspot, topicName ?? h.Subject.Product ?? "", h.Subject.Topic, topicName,
            h.Subject.Product, department, figures, [.. behind.OrderBy(c => c.RegisteredAtUtc).Select(Copy)], seriesStart, Series(facts, subject, seriesStart));
    }

    private static IEnumerable<AgendaItem> ByDepartment(AgendaFacts facts, AgendaItemKind kind, Func<AgendaCase, bool> belongs, DateOnly seriesStart) =>
        facts.Cases.Where(belongs).GroupBy(c => c.Department)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var cases = g.OrderBy(c => c.RegisteredAtUtc).ToList();
                List<AgendaFigure> figures = [new("complaints", cases.Count, false), new("open", cases.Count(c => !c.IsClosed), false)];
                if (kind == AgendaItemKind.MajorComplaint)
                {
                    figures.Add(new("complainants", cases.Sum(c => c.Complainants), false));
                }

                AddSatisfaction(figures, cases);
                return AgendaItem.Frozen(kind, g.Key ?? "", null, null, null, g.Key, figures, [.. cases.Select(Copy)], seriesStart, Series(facts, cases, seriesStart));
            });

    private static void AddSatisfaction(List<AgendaFigure> figures, IReadOnlyCollection<AgendaCase> cases)
    {
        var rated = cases.Where(c => c.IsClosed && c.Satisfaction is not null).ToList();
        if (rated.Count > 0)
        {
            figures.Add(new("satisfaction", (double)rated.Count(c => Kpis.Kpi.IsSatisfied(c.Satisfaction)) / rated.Count, true));
        }
    }

    private static int[] Series(AgendaFacts facts, IEnumerable<AgendaCase> cases, DateOnly seriesStart)
    {
        var counts = new int[SeriesWeeks];
        foreach (var c in cases)
        {
            var day = Calendar.LocalDays.Of(c.RegisteredAtUtc, facts.Zone);
            var week = (day.DayNumber - seriesStart.DayNumber) / 7;
            if (day >= seriesStart && week < SeriesWeeks)
            {
                counts[week]++;
            }
        }

        return counts;
    }

    private static AgendaComplaint Copy(AgendaCase c) => new(c.Id, c.Reference, c.Subject);

    private static string? NameOf(AgendaFacts facts, TopicKey? topic) => topic is { } t ? facts.TopicNames.GetValueOrDefault(t, t.ToString()) : null;
}
