using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Consultations;
using ComplaintOps.Data.Domain.Partners;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Staff;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Data.Features.Demo;

/// <summary>
/// The demo's partners (two collection agencies, a fund issuer, an insurer, a loan platform) with the complaints about
/// them and their cooperation ratings; one open consultation waiting for the card center's opinion; and one major
/// complaint whose report to the regulator is due.
/// </summary>
internal static class DemoCases
{
    private static readonly Actor Manager = Staff("M001");
    private static readonly Actor Supervisor = Staff("S001");   // the supervisor demo account: "opened by me" shows it
    private static readonly Actor Intake = Staff("A001");
    private static readonly Actor LoansHead = Staff("HLOANS0");

    private static readonly (string Code, string Name, string NameEn, PartnerKind Kind, int[] Scores)[] Partners =
    [
        ("AGY-HUIXIN", "汇信资产管理（催收）", "Huixin Asset Management (collection)", PartnerKind.CollectionAgency, [3, 2]),
        ("AGY-JINGCHENG", "京诚信用服务（催收）", "Jingcheng Credit Services (collection)", PartnerKind.CollectionAgency, [4, 4]),
        ("FUND-ANXIN", "安信基金管理有限公司", "Anxin Fund Management", PartnerKind.ProductIssuer, [4, 5]),
        ("INS-TAIPING", "太平人寿保险（代销）", "Taiping Life Insurance (agency sales)", PartnerKind.ProductIssuer, [3, 3]),
        ("CHN-XIAODAI", "小贷通网络平台（助贷渠道）", "Xiaodaitong Online (loan channel)", PartnerKind.ChannelPartner, [2, 3]),
    ];

    public static async Task SeedAsync(ComplaintOpsDbContext db, HandlingRules rules, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var p in Partners)
        {
            var (partner, created) = PartnerStewardship.Create(p.Code, p.Name, p.NameEn, p.Kind, Manager, now.AddDays(-200));
            db.Partners.Add(partner);
            db.PartnerEvents.Add(created);
        }

        await db.SaveChangesAsync(cancellationToken);
        var partners = await db.Partners.ToDictionaryAsync(p => p.Code, cancellationToken);
        var today = rules.Calendar.LocalDate(now);
        var quarter = (today.Year * 4) + ((today.Month - 1) / 3);
        foreach (var p in Partners)
        {
            for (var back = 1; back >= 0; back--)
            {
                var q = quarter - back;
                db.PartnerRatings.Add(PartnerRating.Rate(partners[p.Code], q / 4, (q % 4) + 1, p.Scores[1 - back],
                    RatingComment(p.Scores[1 - back]), Manager, today, now.AddDays(-3 - (back * 90))));
            }
        }

        await LinkComplaintsAsync(db, cancellationToken);
        await OpenConsultationAsync(db, rules, now, cancellationToken);
        AddMajorComplaint(db, rules, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Actor Staff(string id) => StaffDirectory.Initial().Single(s => s.Id == id).ToActor();

    private static string RatingComment(int score) => score switch
    {
        >= 5 => "响应及时，材料齐全 / Prompt, complete evidence",
        4 => "配合良好 / Cooperative",
        3 => "基本配合，个别回复超时 / Mostly cooperative, some late replies",
        _ => "多次超时未回复，需约谈 / Repeatedly late: meeting required",
    };

    /// <summary>Collection complaints to the agencies, fund and insurance complaints to the issuers, online loans to the platform.</summary>
    private static async Task LinkComplaintsAsync(ComplaintOpsDbContext db, CancellationToken cancellationToken)
    {
        var candidates = await db.Complaints.Where(c => c.Category == "COLLECTION" || c.Category == "WEALTH" || c.Category == "LOAN").ToListAsync(cancellationToken);
        foreach (var c in candidates)
        {
            var pick = Math.Abs(BitConverter.ToInt32(c.Id.ToByteArray(), 12)) % 3;
            c.PartnerCode = c.Category switch
            {
                "COLLECTION" => pick == 0 ? "AGY-JINGCHENG" : "AGY-HUIXIN",
                "WEALTH" when c.Subject.Contains("基金", StringComparison.Ordinal) || c.Subject.Contains("fund", StringComparison.OrdinalIgnoreCase) || pick == 0 => "FUND-ANXIN",
                "LOAN" when c.Subject.Contains("保险", StringComparison.Ordinal) || c.Subject.Contains("insurance", StringComparison.OrdinalIgnoreCase) => "INS-TAIPING",
                "LOAN" when c.Channel is Channel.MobileApp or Channel.Web && pick != 2 => "CHN-XIAODAI",
                _ => null,
            };
        }
    }

    /// <summary>An open card complaint on which the supervisor asked the card center and consumer lending; lending has answered.</summary>
    private static async Task OpenConsultationAsync(ComplaintOpsDbContext db, HandlingRules rules, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.Include(c => c.Clocks)
            .Where(c => c.Department == "CARDS" && c.Status == ComplaintStatus.Investigating && c.Language == "zh")
            .OrderByDescending(c => c.RegisteredAtUtc).FirstOrDefaultAsync(cancellationToken);
        if (complaint is null)
        {
            return;
        }

        var consultation = Consultation.Open(complaint.Id, complaint.Reference, ["CARDS", "LOANS"],
            "客户称分期还款后仍被外包机构催收，是否属于系统未同步还款状态？请各部门给出意见。", Supervisor, now.AddHours(-5));
        complaint.NoteConsultation(consultation, Supervisor, now.AddHours(-5), rules);
        consultation.RecordOpinion("LOANS", "信贷系统已于还款当日更新状态，催收名单为次日批量推送，建议核查推送批次。", 1, LoansHead, now.AddHours(-2));
        complaint.ClearDomainEvents();
        db.Consultations.Add(consultation);
    }

    /// <summary>A group complaint of 20 fund customers (art. 29): registered three hours ago, its report to the regulator due.</summary>
    private static void AddMajorComplaint(ComplaintOpsDbContext db, HandlingRules rules, DateTimeOffset now)
    {
        var complaint = Complaint.Register(new NewComplaint
        {
            Channel = Channel.Letter,
            Subject = "安信稳健理财产品集体投诉：净值大幅下跌",
            Description = "20名客户联名投诉，称购买安信稳健一年期产品时理财经理承诺保本，到期净值下跌12%，合计损失约126万元，要求赔偿并说明销售过程。",
            CustomerName = "王建华",
            CustomerPhone = "13911112222",
            Product = "安信稳健一年期",
            DisputedAmount = 1_260_000m,
            PartnerCode = "FUND-ANXIN",
            JointComplainants = [.. Enumerable.Range(1, 19).Select(i => new JointComplainant($"联名客户{i:00}"))],
        }, Intake, now.AddHours(-3), rules);
        complaint.ClearDomainEvents();
        db.Complaints.Add(complaint);
    }
}
