namespace ComplaintOps.Data.Domain.Reference;

/// <summary>A code with its Chinese and English names.</summary>
public sealed record CatalogEntry(string Code, string NameZh, string NameEn)
{
    public string Name(bool chinese) => chinese ? NameZh : NameEn;
}

/// <summary>Handling departments (routing targets).</summary>
public static class Departments
{
    public static readonly IReadOnlyList<CatalogEntry> All =
    [
        new("RETAIL", "零售银行部", "Retail Banking"),
        new("CARDS", "信用卡中心", "Card Center"),
        new("LOANS", "个人信贷部", "Consumer Lending"),
        new("WEALTH", "财富管理部", "Wealth Management"),
        new("INVEST", "投资业务部", "Investment Business"),
        new("LEGAL", "法律合规部", "Legal & Compliance"),
        new("FINANCE", "财务部", "Finance"),
        new("OPS", "运营管理部", "Operations"),
        new("DIGITAL", "电子银行部", "Digital Channels"),
    ];

    public static bool Exists(string code) => All.Any(d => d.Code == code);

    public static CatalogEntry? Find(string? code) => All.FirstOrDefault(d => d.Code == code);
}

/// <summary>Complaint categories, each with the department it is routed to by default.</summary>
public static class Categories
{
    public sealed record Category(string Code, string NameZh, string NameEn, string DefaultDepartment);

    public static readonly IReadOnlyList<Category> All =
    [
        new("ACCOUNT", "账户管理", "Account services", "RETAIL"),
        new("CARD", "银行卡", "Cards", "CARDS"),
        new("LOAN", "贷款", "Loans", "LOANS"),
        new("WEALTH", "理财产品", "Wealth products", "WEALTH"),
        new("SHARES", "股份转让与托管", "Share transfer & custody", "INVEST"),
        new("FEES", "收费定价", "Fees & pricing", "FINANCE"),
        new("DIGITAL", "手机银行与网银", "Mobile & online banking", "DIGITAL"),
        new("PAYMENT", "支付结算", "Payments", "OPS"),
        new("CONDUCT", "服务态度与销售行为", "Staff conduct & sales practice", "LEGAL"),
        new("PRIVACY", "个人信息保护", "Personal data", "LEGAL"),
        new("COLLECTION", "催收", "Debt collection", "LOANS"),
        new("OTHER", "其他", "Other", "OPS"),
    ];

    public static bool Exists(string code) => All.Any(c => c.Code == code);

    public static Category? Find(string? code) => All.FirstOrDefault(c => c.Code == code);
}
