using ComplaintOps.Data.Domain.Complaints;

namespace ComplaintOps.Data.Features.Demo;

/// <summary>Authorised agents for the demo's group complaints, in both languages.</summary>
internal static class DemoParties
{
    private static readonly string[] LawFirmsZh = ["上海锦天城律师事务所", "北京大成律师事务所", "广东广和律师事务所"];
    private static readonly string[] LawyersZh = ["周律师", "孙律师", "何律师"];
    private static readonly string[] LawyersEn = ["Grace Lin (counsel)", "David Sun (counsel)", "Helen He (counsel)"];

    public static ComplaintAgent Agent(bool zh, DateOnly registeredOn, Random r)
    {
        var i = r.Next(LawyersZh.Length);
        return new ComplaintAgent(
            zh ? LawyersZh[i] : LawyersEn[i],
            "021-" + r.Next(50000000, 69999999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            zh ? LawFirmsZh[i] + "（受托律师）" : "Lawyer instructed by the complainants",
            $"WT-{registeredOn:yyyyMMdd}-{r.Next(100, 1000)}",
            registeredOn.AddDays(-r.Next(1, 10)));
    }
}
