using ComplaintOps.Data.Features.Dashboard;
using ComplaintOps.Web.Components.Shared;

namespace ComplaintOps.Tests.Web.Components;

public sealed class ChartsTests
{
    [Fact]
    public void Daily_lines_render_to_svg_with_one_localised_legend_entry_per_series()
    {
        var counts = new List<DailyCount>
        {
            new(new DateOnly(2026, 11, 20), "Phone", 12), new(new DateOnly(2026, 11, 21), "Phone", 7),
            new(new DateOnly(2026, 11, 20), "WeChat", 3), new(new DateOnly(2026, 11, 22), "WeChat", 9),
        };

        using var plot = Charts.DailyLines(counts, s => s == "Phone" ? "电话" : "微信", "投诉量趋势");
        var svg = Charts.ToInlineSvg(plot, 480, 240);

        Assert.StartsWith("<svg", svg.TrimStart());
        Assert.Contains("电话", svg);
        Assert.Contains("微信", svg);
        Assert.Contains("投诉量趋势", svg);   // (Skia writes 日 as the identical-looking radical ⽇, so the title avoids it)
        Assert.Equal(2, plot.GetPlottables().Count());
    }

    [Fact]
    public void Rate_bars_skip_groups_without_met_clocks()
    {
        using var plot = Charts.RateBars([new RateByGroup("CARDS", 10, 9), new RateByGroup("LEGAL", 0, 0), new RateByGroup("OPS", 4, 2)], g => g, "及时率");

        Assert.Equal(2, plot.GetPlottables().Count());
        Assert.Contains("CARDS", plot.GetSvgXml(400, 200));
        Assert.DoesNotContain("LEGAL", plot.GetSvgXml(400, 200));
    }
}
