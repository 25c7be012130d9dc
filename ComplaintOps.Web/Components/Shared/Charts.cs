using ComplaintOps.Data.Features.Dashboard;
using ScottPlot;

namespace ComplaintOps.Web.Components.Shared;

/// <summary>The dashboard's plots, built from snapshot data. Labels come in already localised.</summary>
public static class Charts
{
    // A family with Chinese glyphs: Skia draws nothing for characters its font lacks.
    private static readonly string Font = new[] { "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei" }
        .FirstOrDefault(f => SkiaSharp.SKFontManager.Default.MatchFamily(f)?.FamilyName == f) ?? Fonts.Detect("中文");

    /// <summary>One line per series over days (volume by channel, hotspot trend).</summary>
    public static Plot DailyLines(IReadOnlyList<DailyCount> counts, Func<string, string> seriesLabel, string title)
    {
        var plot = NewPlot(title);
        var days = counts.Select(c => c.Day).Distinct().Order().ToList();
        if (days.Count == 0)
        {
            return plot;
        }

        var first = days[0];
        var span = days[^1].DayNumber - first.DayNumber + 1;
        foreach (var series in counts.GroupBy(c => c.Series).OrderByDescending(g => g.Sum(c => c.Count)))
        {
            var ys = new double[span];
            foreach (var c in series)
            {
                ys[c.Day.DayNumber - first.DayNumber] = c.Count;
            }

            var xs = Enumerable.Range(0, span).Select(i => first.AddDays(i).ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = seriesLabel(series.Key);
            line.MarkerSize = 0;
            line.LineWidth = 2;
        }

        ShortDates(plot);
        plot.ShowLegend(Edge.Right);   // outside the data area: nine channels would cover the lines
        plot.Legend.FontName = Font;
        return plot;
    }

    /// <summary>Bars of a rate (0–100 %) per group, e.g. the timely rate per department.</summary>
    public static Plot RateBars(IReadOnlyList<RateByGroup> rates, Func<string, string> groupLabel, string title)
    {
        var plot = NewPlot(title);
        var shown = rates.Where(r => r.Rate is not null).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            var bar = plot.Add.Bar(i, shown[i].Rate!.Value * 100);
            bar.Color = shown[i].Rate >= 0.9 ? Colors.SeaGreen : shown[i].Rate >= 0.75 ? Colors.Orange : Colors.Crimson;
        }

        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, shown.Count).Select(i => (double)i).ToArray(), shown.Select(r => groupLabel(r.Group)).ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontName = Font;
        plot.Axes.Bottom.TickLabelStyle.Rotation = -35;   // nine department names do not fit side by side: slant, ending at the tick
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 90;
        plot.Axes.SetLimitsY(0, 105);
        plot.Axes.Margins(bottom: 0);
        return plot;
    }

    /// <summary>A rate over weeks, e.g. the timely-rate trend.</summary>
    public static Plot WeeklyRates(IReadOnlyList<WeeklyRate> weeks, string title)
    {
        var plot = NewPlot(title);
        var shown = weeks.Where(w => w.Rate is not null).ToList();
        if (shown.Count > 0)
        {
            var line = plot.Add.Scatter(shown.Select(w => w.WeekStart.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray(),
                shown.Select(w => w.Rate!.Value * 100).ToArray());
            line.LineWidth = 2;
            ShortDates(plot);
        }

        plot.Axes.SetLimitsY(0, 105);
        return plot;
    }

    /// <summary>Bars of a count per week starting <paramref name="firstMonday"/> (an agenda item's frozen series).</summary>
    public static Plot WeeklyBars(DateOnly firstMonday, IReadOnlyList<int> counts, string title)
    {
        var plot = NewPlot(title);
        for (var i = 0; i < counts.Count; i++)
        {
            plot.Add.Bar(i, counts[i]).Color = Colors.SteelBlue;
        }

        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, counts.Count).Select(i => (double)i).ToArray(),
            Enumerable.Range(0, counts.Count).Select(i => firstMonday.AddDays(7 * i).ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontName = Font;
        plot.Axes.Margins(bottom: 0);
        return plot;
    }

    /// <summary>Stacked bars of cost per group (handling, compensation, other), CNY; labels and legend texts come in localised.</summary>
    public static Plot CostBars(IReadOnlyList<(string Group, double Handling, double Compensation, double Other)> groups, string[] legend, string title)
    {
        var plot = NewPlot(title);
        Color[] colors = [Colors.SteelBlue, Colors.Orange, Colors.Gray];
        for (var i = 0; i < groups.Count; i++)
        {
            double[] parts = [groups[i].Handling, groups[i].Compensation, groups[i].Other];
            var bottom = 0.0;
            for (var p = 0; p < parts.Length; p++)
            {
                plot.Add.Bar(new Bar { Position = i, ValueBase = bottom, Value = bottom + parts[p], FillColor = colors[p] });
                bottom += parts[p];
            }
        }

        for (var p = 0; p < legend.Length && p < colors.Length; p++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = legend[p], FillColor = colors[p] });
        }

        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, groups.Count).Select(i => (double)i).ToArray(), groups.Select(g => g.Group).ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontName = Font;
        plot.Axes.Bottom.TickLabelStyle.Rotation = -35;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 90;
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Edge.Right);
        plot.Legend.FontName = Font;
        return plot;
    }

    /// <summary>
    /// The plot as an inline &lt;svg&gt; element (without the XML declaration a standalone file has), with a viewBox so CSS can
    /// scale it to its panel instead of cropping it.
    /// </summary>
    public static string ToInlineSvg(Plot plot, int width, int height)
    {
        var svg = plot.GetSvgXml(width, height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start > 0 ? svg[start..] : svg;
        return svg.StartsWith("<svg ", StringComparison.Ordinal) && !svg.Contains("viewBox", StringComparison.Ordinal)
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {width} {height}\" {svg[5..]}")
            : svg;
    }

    private static void ShortDates(Plot plot)
    {
        var axis = plot.Axes.DateTimeTicksBottom();
        if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks)
        {
            ticks.LabelFormatter = d => d.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        axis.TickLabelStyle.FontName = Font;
    }

    private static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Font.Set(Font);
        plot.Title(title);
        plot.Axes.Title.Label.FontName = Font;
        return plot;
    }
}
