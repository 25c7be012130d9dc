using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Notices;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Tests.Data.Notices;

/// <summary>Customers and readings shared by the notice tests.</summary>
public static class NoticeTestData
{
    public const string Email = "zhang.san@example.cn";

    /// <summary>The sample complaint from a customer who prefers e-mail (and gave no phone), in <paramref name="language"/>.</summary>
    public static NewComplaint EmailCustomer(string language = "zh") => ComplaintBuilder.Sample() with
    {
        CustomerPhone = null, CustomerEmail = Email, PreferredContact = Channel.Email, Language = language,
    };

    /// <summary>Every notice in the database, decrypted, oldest first.</summary>
    public static async Task<List<Notice>> AllAsync(TestDatabase database)
    {
        await using var db = TestServices.OpenContext(database);
        var all = await db.Notices.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        return [.. all.OrderBy(n => n.CreatedAtUtc).ThenBy(n => n.Id)];
    }

    /// <summary>The due date of the complaint's latest clock of <paramref name="kind"/> as the customer reads it (from the complaint page's reading).</summary>
    public static string DueText(ComplaintDetail detail, ClockKind kind, string language)
    {
        var due = detail.Clocks.Last(c => c.Kind == kind).DueAtUtc;
        var local = TimeZoneInfo.ConvertTime(due, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        return language == "en" ? local.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) : $"{local.Year}年{local.Month}月{local.Day}日";
    }
}
