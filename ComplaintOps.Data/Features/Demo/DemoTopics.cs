using ComplaintOps.Data.Domain.Topics;

namespace ComplaintOps.Data.Features.Demo;

/// <summary>One demo topic: the text template whose complaints it holds (in one language) and what analysts did with it.</summary>
internal sealed record DemoTopicSeed(int Id, string Template, TopicSpace Space, string Label, string? Name = null, TopicState State = TopicState.Active,
    int? MergedInto = null);

/// <summary>
/// A few topics so the topics workspace, hotspots and the emerging-topic alert are alive before the first training: the
/// two bursts, some common problems in both languages (the English login topic already merged into the Chinese one, as an
/// analyst would), one marked as noise, and an emerging one from the last days' ATM card retentions. The trainer takes
/// over after: its first published version carries these topics forward or ends them.
/// </summary>
internal static class DemoTopics
{
    /// <summary>The placements are recorded under this model version (the demo data's, before any training).</summary>
    public const int ModelVersion = 1;

    /// <summary>The emerging topic holds the ATM card retentions of this many local days up to today (the burst's days).</summary>
    public const int EmergingDays = DemoDataGenerator.AtmBurstDays;

    public static IReadOnlyList<DemoTopicSeed> All { get; } =
    [
        new(1, DemoTexts.AppUpgradeLogin, TopicSpace.Chinese, "手机银行 / 升级 / 登录 / 失败", "手机银行升级后无法登录 · Login fails after the app update"),
        new(2, DemoTexts.AppUpgradeLogin, TopicSpace.EnglishShort, "mobile banking / login / update / fails", State: TopicState.Merged, MergedInto: 1),
        new(3, DemoTexts.WealthNavDrop, TopicSpace.Chinese, "理财产品 / 净值 / 下跌 / 赔偿", "理财产品净值下跌 · Wealth product value drop"),
        new(4, DemoTexts.WealthNavDrop, TopicSpace.EnglishShort, "net value / dropped / low risk / losses"),
        new(5, "card-annual-fee-twice", TopicSpace.Chinese, "信用卡年费 / 重复 / 扣收 / 退还", "信用卡年费重复扣收 · Annual fee charged twice"),
        new(6, "card-annual-fee-twice", TopicSpace.EnglishShort, "annual fee / charged twice / refund"),
        new(7, "card-fraud", TopicSpace.Chinese, "信用卡 / 盗刷 / 境外 / 交易"),
        new(8, "loan-credit-report", TopicSpace.Chinese, "征信 / 逾期记录 / 错误 / 更正", "征信逾期记录有误 · Wrong overdue record on the credit report"),
        new(9, "digital-popups", TopicSpace.Chinese, "手机银行 / 弹窗 / 广告 / 关闭", State: TopicState.Noise),
        new(10, "payment-double-charge", TopicSpace.Chinese, "快捷支付 / 重复扣款 / 消费"),
        new(11, "collection-relatives", TopicSpace.Chinese, "催收 / 骚扰 / 亲友 / 电话"),
        new(12, DemoTexts.AtmCardRetention, TopicSpace.Chinese, "ATM / 吞卡 / 处理 / 缓慢", State: TopicState.Emerging),
    ];

    /// <summary>The demo topic a complaint of <paramref name="template"/> in <paramref name="language"/> is placed in, if any.</summary>
    public static DemoTopicSeed? For(string template, string language)
    {
        var space = language == "zh" ? TopicSpace.Chinese : TopicSpace.EnglishShort;
        return All.FirstOrDefault(t => t.Template == template && t.Space == space);
    }

    /// <summary>Where the complaint's current placement points: merged topics' complaints were moved to the topic they were merged into.</summary>
    public static int PlacedIn(DemoTopicSeed seed) => seed.MergedInto ?? seed.Id;

    /// <summary>A steady, repeatable similarity in [0.62, 0.92) for a complaint (the typical ones are the highest).</summary>
    public static float Similarity(Guid complaintId) => 0.62f + (Math.Abs(complaintId.GetHashCode()) % 3000) / 10_000f;
}
