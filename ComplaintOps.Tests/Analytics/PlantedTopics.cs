namespace ComplaintOps.Tests.Analytics;

/// <summary>Generated complaints with planted topics (mixed Chinese and English, with shared noise words).</summary>
internal static class PlantedTopics
{
    public static readonly string[][] Topics =
    [
        ["信用卡", "盗刷", "冻结", "credit card", "fraud", "unauthorized", "挂失", "block"],
        ["贷款", "利息", "提前还款", "loan", "interest rate", "repayment", "逾期", "penalty"],
        ["快递", "丢件", "延误", "parcel", "delivery", "courier", "签收", "lost package"],
        ["宽带", "断网", "网速", "internet", "router", "outage", "信号", "slow connection"],
        ["退款", "退货", "商家", "refund", "merchant", "return", "发票", "receipt"],
    ];

    private static readonly string[] Noise = ["客服", "电话", "态度", "问题", "处理", "service", "customer", "waiting", "today", "很久"];

    public static (List<string> Texts, List<int> Labels) Generate(int perTopic, int seed)
    {
        var random = new Random(seed);
        var texts = new List<string>();
        var labels = new List<int>();
        for (var i = 0; i < perTopic; i++)
        {
            for (var t = 0; t < Topics.Length; t++)
            {
                var words = Enumerable.Range(0, 4).Select(_ => Topics[t][random.Next(Topics[t].Length)])
                    .Concat(Enumerable.Range(0, 3).Select(_ => Noise[random.Next(Noise.Length)]))
                    .OrderBy(_ => random.Next());
                texts.Add(string.Join(random.Next(2) == 0 ? " " : "，", words) + $" 联系13{random.Next(100_000_000, 999_999_999)}");
                labels.Add(t);
            }
        }

        return (texts, labels);
    }
}
