namespace ComplaintOps.Data.Domain.Reference;

/// <summary>
/// Where a complaint arose: the province-level divisions by their GB/T 2260 code (the code the regulator's statistical
/// returns use), with Chinese and English names. The semi-annual report counts complaints per region.
/// </summary>
public static class Regions
{
    public const int CodeLength = 6;

    public static readonly IReadOnlyList<CatalogEntry> All =
    [
        new("110000", "北京市", "Beijing"),
        new("120000", "天津市", "Tianjin"),
        new("130000", "河北省", "Hebei"),
        new("140000", "山西省", "Shanxi"),
        new("150000", "内蒙古自治区", "Inner Mongolia"),
        new("210000", "辽宁省", "Liaoning"),
        new("220000", "吉林省", "Jilin"),
        new("230000", "黑龙江省", "Heilongjiang"),
        new("310000", "上海市", "Shanghai"),
        new("320000", "江苏省", "Jiangsu"),
        new("330000", "浙江省", "Zhejiang"),
        new("340000", "安徽省", "Anhui"),
        new("350000", "福建省", "Fujian"),
        new("360000", "江西省", "Jiangxi"),
        new("370000", "山东省", "Shandong"),
        new("410000", "河南省", "Henan"),
        new("420000", "湖北省", "Hubei"),
        new("430000", "湖南省", "Hunan"),
        new("440000", "广东省", "Guangdong"),
        new("450000", "广西壮族自治区", "Guangxi"),
        new("460000", "海南省", "Hainan"),
        new("500000", "重庆市", "Chongqing"),
        new("510000", "四川省", "Sichuan"),
        new("520000", "贵州省", "Guizhou"),
        new("530000", "云南省", "Yunnan"),
        new("540000", "西藏自治区", "Tibet"),
        new("610000", "陕西省", "Shaanxi"),
        new("620000", "甘肃省", "Gansu"),
        new("630000", "青海省", "Qinghai"),
        new("640000", "宁夏回族自治区", "Ningxia"),
        new("650000", "新疆维吾尔自治区", "Xinjiang"),
        new("710000", "台湾省", "Taiwan"),
        new("810000", "香港特别行政区", "Hong Kong SAR"),
        new("820000", "澳门特别行政区", "Macao SAR"),
    ];

    public static bool Exists(string code) => All.Any(r => r.Code == code);

    public static CatalogEntry? Find(string? code) => All.FirstOrDefault(r => r.Code == code);
}
