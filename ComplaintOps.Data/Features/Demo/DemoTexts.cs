using System.Globalization;
using System.Text;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Features.Demo;

/// <summary>
/// A complaint text pattern of one topic. <see cref="Subject"/> and <see cref="Body"/> may hold alternatives separated
/// by '|' and placeholders such as {amount}, {date}, {product} (see <see cref="DemoSlots"/>). When <see cref="MaxAmount"/>
/// is above zero, {amount} is drawn from the range and, if <see cref="AmountDisputed"/>, recorded as the disputed amount.
/// <see cref="Remedy"/> is what an upheld complaint of this topic usually gets.
/// </summary>
internal sealed record DemoTemplate(
    string Topic,
    string Category,
    string Subject,
    string Body,
    string[] Products,
    decimal MinAmount = 0,
    decimal MaxAmount = 0,
    CompensationKind Remedy = CompensationKind.WrittenApology,
    bool AmountDisputed = true);

/// <summary>The text catalogs: complaint templates per category and language (DemoTexts.Zh.cs, DemoTexts.En.cs).</summary>
internal static partial class DemoTexts
{
    public const string AppUpgradeLogin = "app-upgrade-login";
    public const string WealthNavDrop = "wealth-nav-drop";
    public const string AtmCardRetention = "other-atm-card";

    private static readonly string[] OpeningsZh = ["", "", "", "您好，", "本人是贵行多年的老客户，", "我要投诉：", "反映一个问题，"];
    private static readonly string[] ClosingsZh =
        ["", "请尽快核实处理并给予答复。", "希望银行重视此事并尽快解决。", "如不能妥善解决，我将向金融监管部门反映。", "要求给出书面答复。", "请在{days}日内联系我。"];

    private static readonly string[] OpeningsEn = ["", "", "", "Hello, ", "I have banked with you for many years. ", "I wish to make a formal complaint. "];
    private static readonly string[] ClosingsEn =
        ["", "Please look into this and reply as soon as possible.", "I expect a written response.",
         "If this is not resolved I will take it to the financial regulator.", "Please call me back within {days} days."];

    public static IReadOnlyList<DemoTemplate> For(bool chinese) => chinese ? Zh : En;

    public static DemoTemplate Pick(bool chinese, string category, Random random)
    {
        var pool = For(chinese).Where(t => t.Category == category).ToArray();
        return pool[random.Next(pool.Length)];
    }

    public static DemoTemplate Topic(bool chinese, string topic) => For(chinese).First(t => t.Topic == topic);

    /// <summary>Subject and description from a template, with an optional opening and closing sentence.</summary>
    public static (string Subject, string Description) Write(DemoTemplate template, DemoSlots slots, bool chinese, Random random)
    {
        var subject = slots.Fill(Choose(template.Subject, random));
        var body = new StringBuilder();
        var openings = chinese ? OpeningsZh : OpeningsEn;
        var closings = chinese ? ClosingsZh : ClosingsEn;
        body.Append(openings[random.Next(openings.Length)]);
        body.Append(slots.Fill(Choose(template.Body, random)));
        var closing = slots.Fill(closings[random.Next(closings.Length)]);
        if (closing.Length > 0)
        {
            body.Append(chinese ? "" : " ").Append(closing);
        }

        return (subject, body.ToString());
    }

    public static string Choose(string alternatives, Random random)
    {
        var parts = alternatives.Split('|');
        return parts[random.Next(parts.Length)];
    }

    public static string Money(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);
}

/// <summary>The variable parts of one complaint's text, drawn once so subject and description agree.</summary>
internal sealed class DemoSlots
{
    private static readonly string[] BranchesZh =
        ["陆家嘴支行", "徐家汇支行", "静安寺支行", "张江支行", "虹桥支行", "五角场支行", "南京西路支行", "世纪大道支行", "北京朝阳支行", "深圳福田支行", "杭州西湖支行", "苏州工业园区支行"];
    private static readonly string[] BranchesEn =
        ["Lujiazui Sub-branch", "Xujiahui Sub-branch", "Jing'an Temple Sub-branch", "Zhangjiang Sub-branch", "Hongqiao Sub-branch",
         "Wujiaochang Sub-branch", "West Nanjing Road Sub-branch", "Century Avenue Sub-branch", "Beijing Chaoyang Sub-branch", "Shenzhen Futian Sub-branch"];
    private static readonly string[] StocksZh = ["华信智能", "东岭环保", "科润生物", "星河新材", "远航物流", "恒泰精工", "蓝海数科", "金禾农业"];
    private static readonly string[] StocksEn = ["Huaxin Intelligent", "Dongling Environmental", "Kerun Bio", "Xinghe New Materials", "Yuanhang Logistics", "Hengtai Precision", "Lanhai Digital", "Jinhe Agriculture"];
    private static readonly string[] MerchantsZh = ["某电商平台", "连锁超市", "加油站", "航空公司官网", "外卖平台", "酒店预订网站"];
    private static readonly string[] MerchantsEn = ["an online marketplace", "a supermarket chain", "a petrol station", "an airline website", "a food delivery app", "a hotel booking site"];

    private readonly Dictionary<string, string> _values;

    public DemoSlots(DemoTemplate template, bool chinese, DateOnly registeredOn, Random random, string? product = null, string? appVersion = null)
    {
        Product = product ?? (template.Products.Length == 0 ? null : template.Products[random.Next(template.Products.Length)]);
        if (template.MaxAmount > 0)
        {
            var raw = template.MinAmount + (decimal)random.NextDouble() * (template.MaxAmount - template.MinAmount);
            Amount = raw >= 1000 ? Math.Round(raw / 10) * 10 : Math.Round(raw);
        }

        var date = registeredOn.AddDays(-random.Next(1, 31));
        var staffNo = random.Next(10000, 99999).ToString(CultureInfo.InvariantCulture);
        StaffNumber = staffNo;
        _values = new Dictionary<string, string>
        {
            ["{amount}"] = DemoTexts.Money(Amount ?? 0),
            ["{date}"] = chinese ? $"{date.Month}月{date.Day}日" : date.ToString("d MMMM", CultureInfo.InvariantCulture),
            ["{time}"] = $"{random.Next(8, 23):00}:{random.Next(0, 60):00}",
            ["{last4}"] = random.Next(0, 10000).ToString("0000", CultureInfo.InvariantCulture),
            ["{branch}"] = chinese ? BranchesZh[random.Next(BranchesZh.Length)] : BranchesEn[random.Next(BranchesEn.Length)],
            ["{times}"] = random.Next(2, 9).ToString(CultureInfo.InvariantCulture),
            ["{days}"] = random.Next(3, 21).ToString(CultureInfo.InvariantCulture),
            ["{months}"] = new[] { "6", "12", "24" }[random.Next(3)],
            ["{minutes}"] = random.Next(40, 121).ToString(CultureInfo.InvariantCulture),
            ["{age}"] = random.Next(62, 80).ToString(CultureInfo.InvariantCulture),
            ["{staffno}"] = staffNo,
            ["{product}"] = Product ?? "",
            ["{version}"] = appVersion ?? $"7.{random.Next(2, 9)}.{random.Next(0, 5)}",
            ["{stock}"] = chinese ? StocksZh[random.Next(StocksZh.Length)] : StocksEn[random.Next(StocksEn.Length)],
            ["{code}"] = new[] { "87", "83", "43" }[random.Next(3)] + random.Next(0, 10000).ToString("0000", CultureInfo.InvariantCulture),
            ["{shares}"] = (random.Next(10, 5000) * 100).ToString("N0", CultureInfo.InvariantCulture),
            ["{merchant}"] = chinese ? MerchantsZh[random.Next(MerchantsZh.Length)] : MerchantsEn[random.Next(MerchantsEn.Length)],
        };
    }

    public string? Product { get; }

    public decimal? Amount { get; }

    /// <summary>The staff number a conduct complaint names.</summary>
    public string StaffNumber { get; }

    public string Fill(string text)
    {
        if (!text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder(text);
        foreach (var (key, value) in _values)
        {
            sb.Replace(key, value);
        }

        return sb.ToString();
    }
}
