using ComplaintOps.Data.Domain.Hotspots;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Tests.Domain.Hotspots;

public sealed class HotspotDetectorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    private static readonly TopicKey Card = new(1);
    private static readonly TopicKey Fees = new(2);
    private static readonly TopicKey Loan = new(3);
    private static readonly TopicKey T = new(9);

    /// <summary>28 days of steady volume on three topics: 8 ± 3 a day on Card, 3 ± 2 on Fees, 1 ± 1 on Loan, spread over the day.</summary>
    private static List<ComplaintArrival> Steady(int days = 29, int seed = 7)
    {
        var random = new Random(seed);
        var list = new List<ComplaintArrival>();
        foreach (var (topic, mean, spread) in new[] { (Card, 8, 3), (Fees, 3, 2), (Loan, 1, 1) })
        {
            for (var d = 0; d < days; d++)
            {
                var n = Math.Max(0, mean + random.Next(-spread, spread + 1));
                for (var i = 0; i < n; i++)
                {
                    list.Add(new ComplaintArrival(topic, null, Now.AddDays(-d).AddMinutes(-random.Next(1, 24 * 60))));
                }
            }
        }

        return list;
    }

    [Fact]
    public void A_planted_burst_on_one_topic_fires_and_the_steady_ones_stay_quiet()
    {
        var arrivals = Steady();
        // 25 Fees complaints in the last 24 h on top of its usual ~3 a day
        arrivals.AddRange(Enumerable.Range(0, 25).Select(i => new ComplaintArrival(Fees, null, Now.AddMinutes(-30 * i - 1))));

        var findings = new HotspotDetector(new HotspotOptions()).Detect(arrivals, Now);

        var fees = Assert.Single(findings, f => f.IsHotspot);
        Assert.Equal(Fees, fees.Topic);
        Assert.Equal(new TimeWindow(Now.AddHours(-24), Now), fees.Window);   // the drill-down's window
        Assert.True(fees.Current >= 25);
        Assert.True(fees.Growth > 4, $"growth {fees.Growth}");
        Assert.True(fees.ZScore >= 3);
        Assert.InRange(fees.BaselineMean, 2, 4);
        Assert.Equal(Fees, findings[0].Topic);   // hotspots first
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Steady_volume_raises_no_hotspot_at_any_hour(int seed)
    {
        var arrivals = Steady(seed: seed);
        for (var h = 0; h < 24; h += 3)
        {
            Assert.DoesNotContain(new HotspotDetector(new HotspotOptions()).Detect(arrivals, Now.AddHours(-h)), f => f.IsHotspot);
        }
    }

    [Fact]
    public void The_rule_needs_the_minimum_count_the_ratio_and_the_z_score()
    {
        var detector = new HotspotDetector(new HotspotOptions { MinimumCount = 5, MinimumRatio = 2, MinimumZScore = 3 });
        // baseline 1,1,1,1: mean 1, sd 0 (floored to 1). 4 is ratio 4, z 3 but below the minimum count.
        Assert.False(detector.Evaluate(T, 4, [1, 1, 1, 1], Now).IsHotspot);
        // 5: ratio 5, z (5 − 1) ÷ 1 = 4 → hot; growth (5 − 1) ÷ 1 = 4
        var hot = detector.Evaluate(T, 5, [1, 1, 1, 1], Now);
        Assert.True(hot.IsHotspot);
        Assert.Equal(4, hot.Growth);
        Assert.Equal(4, hot.ZScore);
        // baseline 10,10,10,10: 19 is below 2 × 10
        Assert.False(detector.Evaluate(T, 19, [10, 10, 10, 10], Now).IsHotspot);
        // baseline 0,20,0,20: mean 10, sd 10 → 20 is ratio 2 but z 1
        Assert.False(detector.Evaluate(T, 20, [0, 20, 0, 20], Now).IsHotspot);
    }

    [Fact]
    public void The_current_window_excludes_its_start_and_includes_now()
    {
        var detector = new HotspotDetector(new HotspotOptions { WindowHours = 24, BaselineDays = 2 });
        ComplaintArrival[] arrivals = [new(T, null, Now), new(T, null, Now.AddHours(-24)), new(T, null, Now.AddHours(-47)), new(T, null, Now.AddHours(-72))];

        var f = Assert.Single(detector.Detect(arrivals, Now));

        Assert.Equal(1, f.Current);               // now counts; exactly 24 h ago belongs to the first baseline window
        Assert.Equal(1.0, f.BaselineMean);        // windows (−48,−24] and (−72,−48]: 2 complaints ÷ 2; −72 h is outside
    }

    [Fact]
    public void Batch_warning_fires_at_the_threshold_and_not_one_below()
    {
        var detector = new BatchComplaintDetector(new BatchOptions { Threshold = 5, WindowMinutes = 120 });
        var four = Enumerable.Range(0, 4).Select(i => new ComplaintArrival(Card, null, Now.AddMinutes(-20 * i))).ToList();

        Assert.Empty(detector.Detect(four, Now));

        var five = four.Append(new ComplaintArrival(Card, null, Now.AddMinutes(-119))).ToList();
        var warning = Assert.Single(detector.Detect(five, Now));
        Assert.Equal(new BatchWarning(HotspotSubject.OfTopic(Card), 5, Now.AddMinutes(-119), Now, new TimeWindow(Now.AddMinutes(-120), Now)), warning);

        // the fifth 2 hours ago exactly is outside the window
        var late = four.Append(new ComplaintArrival(Card, null, Now.AddMinutes(-120))).ToList();
        Assert.Empty(detector.Detect(late, Now));
    }

    [Fact]
    public void A_batch_on_one_product_across_topics_is_a_product_warning()
    {
        var detector = new BatchComplaintDetector(new BatchOptions { Threshold = 5, WindowMinutes = 120 });
        TopicKey[] topics = [Card, Fees, Loan, Card, Fees];
        var arrivals = topics.Select((t, i) => new ComplaintArrival(t, "信用卡白金卡", Now.AddMinutes(-10 * i))).ToList();

        var warning = Assert.Single(detector.Detect(arrivals, Now));

        Assert.Equal(HotspotSubject.OfProduct("信用卡白金卡"), warning.Subject);
        Assert.Equal(HotspotScope.Product, warning.Subject.Scope);
        Assert.Equal(5, warning.Count);
    }

    [Fact]
    public void Bad_options_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new HotspotDetector(new HotspotOptions { WindowHours = 0 }));
        Assert.Throws<ArgumentException>(() => new HotspotDetector(new HotspotOptions { MinimumRatio = 0.5 }));
        Assert.Throws<ArgumentException>(() => new BatchComplaintDetector(new BatchOptions { Threshold = 1 }));
    }
}
