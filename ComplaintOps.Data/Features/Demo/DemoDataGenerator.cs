using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Features.Demo;

/// <summary>
/// The demo data set, pure: no clock, no database. Complaints are spread over the 12 months up to
/// <c>nowUtc</c> (about 70 % Chinese, 30 % English), with three topic bursts: a mobile-banking login failure after an app
/// upgrade in the last <see cref="BurstDays"/> days, a wealth product net value drop about four months ago, and ATMs
/// retaining cards in the last <see cref="AtmBurstDays"/> days (small and new: the demo's emerging topic).
/// Each complaint is registered on the real aggregate and its planned history is played up to <c>nowUtc</c>, so the
/// sealed history chain, the clocks and the status are exactly what the application would have produced. The same count, seed,
/// "now" and calendar give the same complaints (ids and references included; clock and event row ids are random).
/// </summary>
public static class DemoDataGenerator
{
    /// <summary>The mobile-banking login burst falls in this many local days up to and including today.</summary>
    public const int BurstDays = 10;

    /// <summary>The ATM card-retention burst falls in this many local days up to and including today.</summary>
    public const int AtmBurstDays = 2;

    private const double AppBurstShare = 0.05;
    private const double WealthBurstShare = 0.04;
    private const double AtmBurstShare = 0.004;
    private const double DuplicateShare = 0.01;
    private const int HistoryDays = 365;
    private const int WealthBurstStartsDaysAgo = 130;
    private const int WealthBurstLength = 21;

    /// <summary>Originals of merged duplicates are at least this old, so the duplicate came in before "now".</summary>
    private const int DuplicateMinAgeDays = 45;

    /// <summary>Streams <paramref name="count"/> complaints in registration-day order (a merged duplicate right after its original).</summary>
    /// <remarks>Histories are sealed with <paramref name="seal"/>: pass the configured key so the data verifies in the app.</remarks>
    public static IEnumerable<Complaint> Generate(int count, int seed, DateTimeOffset nowUtc, BusinessCalendar calendar, HistorySeal seal,
        AuthorizationTiers? tiers = null)
    {
        return GenerateWithTemplates(count, seed, nowUtc, calendar, seal, tiers).Select(c => c.Complaint);
    }

    /// <summary>As <see cref="Generate"/>, with the text template each complaint was written from.</summary>
    internal static IEnumerable<DemoComplaint> GenerateWithTemplates(int count, int seed, DateTimeOffset nowUtc, BusinessCalendar calendar, HistorySeal seal,
        AuthorizationTiers? tiers = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(seal);
        return Stream(count, seed, nowUtc, calendar, tiers ?? AuthorizationTiers.Default, seal);
    }

    private static IEnumerable<DemoComplaint> Stream(int count, int seed, DateTimeOffset nowUtc, BusinessCalendar calendar, AuthorizationTiers tiers,
        HistorySeal seal)
    {
        var specs = Schedule(count, new Random(seed), nowUtc, calendar);
        var builder = new DemoComplaintBuilder(nowUtc, calendar, tiers, seal);
        foreach (var spec in specs)
        {
            foreach (var complaint in builder.Build(spec))
            {
                yield return complaint;
            }
        }
    }

    private static List<DemoSpec> Schedule(int count, Random random, DateTimeOffset nowUtc, BusinessCalendar calendar)
    {
        var today = calendar.LocalDate(nowUtc);
        var elapsedToday = TimeZoneInfo.ConvertTime(nowUtc, calendar.TimeZone).TimeOfDay.TotalDays;
        var app = (int)Math.Round(count * AppBurstShare);
        var wealth = (int)Math.Round(count * WealthBurstShare);
        var atm = (int)Math.Round(count * AtmBurstShare);
        var duplicates = (int)Math.Round(count * DuplicateShare);
        var specs = new List<DemoSpec>(count);

        // Baseline: working days busier than weekends and holidays, slowly growing over the year.
        var baseline = new DaySampler(today.AddDays(1 - HistoryDays), HistoryDays, (day, i) =>
            (calendar.IsWorkingDay(day) ? 1.0 : 0.45) * (0.85 + 0.3 * i / HistoryDays) * (day == today ? elapsedToday : 1));
        for (var i = count - app - wealth - atm - duplicates; i > 0; i--)
        {
            specs.Add(new DemoSpec(baseline.Next(random), DemoTopic.Any, random.Next(), WithDuplicate: false));
        }

        // Repeat complaints: some old enough originals get a duplicate that is merged into them.
        var eligible = Enumerable.Range(0, specs.Count).Where(i => specs[i].Day <= today.AddDays(-DuplicateMinAgeDays)).ToList();
        for (var k = 0; k < duplicates; k++)
        {
            if (eligible.Count == 0)
            {
                specs.Add(new DemoSpec(baseline.Next(random), DemoTopic.Any, random.Next(), WithDuplicate: false));
                continue;
            }

            var pick = random.Next(eligible.Count);
            specs[eligible[pick]] = specs[eligible[pick]] with { WithDuplicate = true };
            eligible.RemoveAt(pick);
        }

        // The app upgrade went out BurstDays ago: complaints peak the next day and fade.
        var appBurst = new DaySampler(today.AddDays(1 - BurstDays), BurstDays, (day, i) =>
            (i == 0 ? 0.5 : Math.Pow(0.85, i - 1)) * (day == today ? elapsedToday : 1));
        for (var i = 0; i < app; i++)
        {
            specs.Add(new DemoSpec(appBurst.Next(random), DemoTopic.AppUpgradeLogin, random.Next(), WithDuplicate: false));
        }

        // The wealth product's net value fell: complaints build over three days, then ebb for three weeks.
        var wealthBurst = new DaySampler(today.AddDays(-WealthBurstStartsDaysAgo), WealthBurstLength, (day, i) =>
            (i < 3 ? 0.4 + 0.3 * i : Math.Pow(0.88, i - 3)) * (calendar.IsWorkingDay(day) ? 1 : 0.5));
        for (var i = 0; i < wealth; i++)
        {
            specs.Add(new DemoSpec(wealthBurst.Next(random), DemoTopic.WealthNavDrop, random.Next(), WithDuplicate: false));
        }

        // A new problem: ATMs started keeping cards yesterday; most complaints come in today (a hotspot as well as an emerging topic).
        var atmBurst = new DaySampler(today.AddDays(1 - AtmBurstDays), AtmBurstDays, (day, _) => day == today ? elapsedToday : 0.25);
        for (var i = 0; i < atm; i++)
        {
            specs.Add(new DemoSpec(atmBurst.Next(random), DemoTopic.AtmCardRetention, random.Next(), WithDuplicate: false));
        }

        return specs.OrderBy(s => s.Day).ToList();
    }

    /// <summary>Draws local days from a window with per-day weights.</summary>
    private sealed class DaySampler
    {
        private readonly DateOnly _first;
        private readonly double[] _cumulative;

        public DaySampler(DateOnly first, int days, Func<DateOnly, int, double> weight)
        {
            _first = first;
            _cumulative = new double[days];
            var total = 0.0;
            for (var i = 0; i < days; i++)
            {
                total += Math.Max(0, weight(first.AddDays(i), i));
                _cumulative[i] = total;
            }
        }

        public DateOnly Next(Random random)
        {
            var x = random.NextDouble() * _cumulative[^1];
            var index = Array.BinarySearch(_cumulative, x);
            index = index < 0 ? ~index : index;
            return _first.AddDays(Math.Min(index, _cumulative.Length - 1));
        }
    }
}
