using ComplaintOps.Data.Domain.Hotspots;
using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Tests.Domain.Hotspots;

/// <summary>The one hotspot computation dashboards, meetings and reports share: typed topics, their state, and the drill-down window.</summary>
public sealed class HotspotAnalyzerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    private static readonly TopicKey Burst = new(17);
    private static readonly HotspotAnalyzer Analyzer = new(new HotspotOptions(), new BatchOptions { Threshold = 5, WindowMinutes = 120 });

    /// <summary>One complaint a day for 28 days, then <paramref name="burst"/> in the last hour, all on one topic and product.</summary>
    private static List<ComplaintArrival> SteadyThenBurst(int burst)
    {
        var arrivals = Enumerable.Range(1, 28).Select(d => new ComplaintArrival(Burst, "白金卡", Now.AddDays(-d).AddHours(-3))).ToList();
        arrivals.AddRange(Enumerable.Range(0, burst).Select(i => new ComplaintArrival(Burst, "白金卡", Now.AddMinutes(-5 * i - 1))));
        return arrivals;
    }

    private static Dictionary<TopicKey, TopicState> StateOf(TopicState state) => new() { [Burst] = state };

    [Theory]
    [InlineData(TopicState.Active)]
    [InlineData(TopicState.Emerging)]
    public void A_burst_on_a_live_topic_rises_with_a_batch_warning_and_its_window(TopicState state)
    {
        var hotspots = Analyzer.Analyze(SteadyThenBurst(8), StateOf(state), Now);

        var topic = Assert.Single(hotspots, h => h.Scope == HotspotScope.Topic);
        Assert.Equal((HotspotSubject.OfTopic(Burst), 8, true, true, 8), (topic.Subject, topic.Current, topic.Rising, topic.BatchWarning, topic.BatchCount));
        Assert.Equal(new TimeWindow(Now.AddHours(-24), Now), topic.Window);   // rising: the hotspot window, which holds the batch too
        var product = Assert.Single(hotspots, h => h.Scope == HotspotScope.Product);
        Assert.Equal(new TimeWindow(Now.AddMinutes(-120), Now), product.Window);
    }

    [Theory]
    [InlineData(TopicState.Noise)]
    [InlineData(TopicState.Merged)]
    [InlineData(TopicState.Ended)]
    public void A_burst_on_a_noise_merged_or_ended_topic_raises_nothing_for_the_topic_but_still_counts_for_its_product(TopicState state)
    {
        var hotspots = Analyzer.Analyze(SteadyThenBurst(8), StateOf(state), Now);

        Assert.DoesNotContain(hotspots, h => h.Scope == HotspotScope.Topic);
        var product = Assert.Single(hotspots);
        Assert.Equal((HotspotSubject.OfProduct("白金卡"), true, 8), (product.Subject, product.BatchWarning, product.BatchCount));
    }

    [Fact]
    public void A_topic_born_after_the_states_were_read_counts_as_active()
    {
        var hotspots = Analyzer.Analyze(SteadyThenBurst(8), new Dictionary<TopicKey, TopicState>(), Now);

        Assert.Contains(hotspots, h => h.Subject == HotspotSubject.OfTopic(Burst) && h.Rising);
    }

    [Fact]
    public void A_batch_without_a_rise_carries_the_batch_window()
    {
        // 20 a day for 28 days: 5 more in the last hour is no rise, but it is a batch (5 within 2 h).
        var arrivals = Enumerable.Range(1, 28).SelectMany(d => Enumerable.Range(0, 20).Select(i => new ComplaintArrival(Burst, null, Now.AddDays(-d).AddMinutes(i * 70))))
            .Concat(Enumerable.Range(0, 5).Select(i => new ComplaintArrival(Burst, null, Now.AddMinutes(-10 * i - 1))))
            .ToList();

        var hotspot = Assert.Single(Analyzer.Analyze(arrivals, StateOf(TopicState.Active), Now));

        Assert.Equal((false, true), (hotspot.Rising, hotspot.BatchWarning));
        Assert.Equal(new TimeWindow(Now.AddMinutes(-120), Now), hotspot.Window);
    }
}
