using System.Globalization;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Features.Demo;

/// <summary>A fictitious customer: well-formed but made-up contact data (emails use reserved example domains).</summary>
internal sealed record DemoCustomer(string Name, string? Phone, string? Email, string? IdNumber, string? Account, CustomerTier Tier, Channel PreferredContact);

internal static class DemoCustomers
{
    private static readonly (string Han, string Pinyin)[] Surnames =
    [
        ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"),
        ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"),
        ("何", "he"), ("高", "gao"), ("林", "lin"), ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"),
        ("唐", "tang"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"), ("欧阳", "ouyang"),
    ];

    private static readonly (string Han, string Pinyin)[] GivenNames =
    [
        ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("秀英", "xiuying"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"),
        ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"), ("涛", "tao"),
        ("明", "ming"), ("超", "chao"), ("秀兰", "xiulan"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"), ("桂英", "guiying"),
        ("建华", "jianhua"), ("志强", "zhiqiang"), ("海燕", "haiyan"), ("晓东", "xiaodong"), ("子涵", "zihan"), ("宇轩", "yuxuan"),
        ("欣怡", "xinyi"), ("浩然", "haoran"), ("思远", "siyuan"), ("雨桐", "yutong"), ("文博", "wenbo"), ("佳怡", "jiayi"), ("国庆", "guoqing"),
    ];

    private static readonly string[] FirstNames =
    [
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Susan",
        "Richard", "Jessica", "Thomas", "Sarah", "Daniel", "Karen", "Matthew", "Emma", "Oliver", "Sophie", "Lucas", "Anna",
        "Peter", "Laura", "Mark", "Hannah", "Kevin", "Rachel",
    ];

    private static readonly string[] LastNames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore",
        "Martin", "Jackson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Scott", "Green",
        "Baker", "Adams", "Nelson", "Carter", "Mitchell",
    ];

    private static readonly string[] MobilePrefixes =
        ["130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "177", "180", "186", "187", "188", "189", "199"];

    private static readonly string[] EmailDomains = ["example.com", "example.net", "example.org"];

    private static readonly string[] RegionCodes = ["310101", "310104", "310115", "110105", "440305", "330106", "320102", "510107", "420106", "370202"];

    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static DemoCustomer Create(bool chinese, string category, Channel channel, bool vip, Random random)
    {
        string name;
        string emailUser;
        if (chinese)
        {
            var surname = Surnames[random.Next(Surnames.Length)];
            var given = GivenNames[random.Next(GivenNames.Length)];
            name = surname.Han + given.Han;
            emailUser = given.Pinyin + "." + surname.Pinyin + random.Next(1, 100).ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            // Some English-writing customers are Chinese with an English first name.
            var last = random.NextDouble() < 0.25 ? Capitalise(Surnames[random.Next(Surnames.Length)].Pinyin) : LastNames[random.Next(LastNames.Length)];
            name = first + " " + last;
            emailUser = (first + "." + last).ToLowerInvariant() + random.Next(1, 100).ToString(CultureInfo.InvariantCulture);
        }

        var wantsEmail = channel is Channel.Email || (!chinese && random.NextDouble() < 0.7) || random.NextDouble() < 0.3;
        var email = wantsEmail ? emailUser + "@" + EmailDomains[random.Next(EmailDomains.Length)] : null;
        var phone = email is null || random.NextDouble() < 0.85 ? Mobile(random) : null;
        var id = random.NextDouble() switch
        {
            < 0.6 => ResidentId(random),
            < 0.75 when !chinese => "E" + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        var preferred = email is not null && (channel == Channel.Email || random.NextDouble() < 0.3) ? Channel.Email
            : channel is Channel.WeChat or Channel.MobileApp && random.NextDouble() < 0.5 ? channel
            : phone is not null ? Channel.Phone
            : Channel.Email;
        return new DemoCustomer(name, phone, email, id, Account(category, random), vip ? CustomerTier.Vip : CustomerTier.Standard, preferred);
    }

    private static string Mobile(Random random) =>
        MobilePrefixes[random.Next(MobilePrefixes.Length)] + random.Next(0, 100_000_000).ToString("00000000", CultureInfo.InvariantCulture);

    /// <summary>An 18-digit resident identity number with a valid ISO 7064 check character.</summary>
    private static string ResidentId(Random random)
    {
        var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 54 * 365));
        var body = RegionCodes[random.Next(RegionCodes.Length)] + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
                   + random.Next(0, 1000).ToString("000", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * IdWeights[i];
        }

        return body + "10X98765432"[sum % 11];
    }

    private static string Account(string category, Random random)
    {
        string Digits(int n)
        {
            var chars = new char[n];
            for (var i = 0; i < n; i++)
            {
                chars[i] = (char)('0' + random.Next(10));
            }

            return new string(chars);
        }

        return category switch
        {
            "SHARES" => "GQ" + Digits(10),
            "LOAN" or "COLLECTION" => "DK" + Digits(12),
            "WEALTH" => "LC" + Digits(12),
            "CARD" or "FEES" => "6259" + Digits(12),
            _ => "6217" + Digits(15),
        };
    }

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
