using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using Microsoft.AspNetCore.DataProtection;

namespace ComplaintOps.Tests.TestInfrastructure;

/// <summary>The shipped China calendar and policies, and one actor per role.</summary>
public static class TestRules
{
    public static readonly BusinessCalendar Calendar = new(BusinessCalendar.ChinaTimeZone, ShippedCalendars.LoadAll(CalendarRegion.China));

    /// <summary>The tests' history key (base64, 32 bytes): public, like the development key, and never used elsewhere.</summary>
    public const string HistoryKey = "dGVzdC1oaXN0b3J5LWtleS0zMi1ieXRlcy1sb25nISE=";

    public static readonly HistorySeal Seal = HistorySeal.FromBase64(HistoryKey);

    /// <summary>The tests' personal data lookup key (base64, 32 bytes): public, never used elsewhere.</summary>
    public const string LookupKey = "dGVzdC1sb29rdXAta2V5LTMyLWJ5dGVzLWxvbmchISE=";

    /// <summary>
    /// The Data Protection key folder of the data-layer tests and the processes and commands they start on the same
    /// database (one per test run): like app instances sharing a key folder, each reads what the others encrypted.
    /// </summary>
    public static readonly string KeyDirectory = Path.Combine(Path.GetTempPath(), $"complaintops-test-keys-{Environment.ProcessId}");

    /// <summary>The key ring over <see cref="KeyDirectory"/>, as the app configures it (same application name).</summary>
    public static readonly IDataProtectionProvider DataProtection =
        DataProtectionProvider.Create(new DirectoryInfo(KeyDirectory), b => b.SetApplicationName("ComplaintOps"));

    /// <summary>Personal data protection over the tests' key ring, for contexts opened directly (TestServices.OpenContext).</summary>
    public static readonly ComplaintOps.Data.Persistence.PersonalData.PersonalDataProtection PersonalData =
        ComplaintOps.Data.Persistence.PersonalData.PersonalDataProtection.Create(
            DataProtection, ComplaintOps.Data.Persistence.PersonalData.PersonalDataLookup.FromBase64(LookupKey));

    public static readonly HandlingRules Bank2012 = new(SlaPolicies.Bank2012, Calendar, AuthorizationTiers.Default, Seal);

    public static readonly HandlingRules InvestmentCompany = new(SlaPolicies.InvestmentCompany, Calendar, AuthorizationTiers.Default, Seal);

    public static readonly HandlingRules Cfpb = new(SlaPolicies.Cfpb, Calendar, AuthorizationTiers.Default, Seal);

    /// <summary>UK DISP counted in the shipped UK bank holidays (Europe/London).</summary>
    public static readonly BusinessCalendar UkCalendar = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"),
        ShippedCalendars.LoadAll(CalendarRegion.UnitedKingdom), ShippedCalendars.Years(CalendarRegion.UnitedKingdom));

    public static readonly HandlingRules UkDisp = new(SlaPolicies.UkDisp, UkCalendar, AuthorizationTiers.Default, Seal);

    public static readonly HandlingRules UkDispPayments = new(SlaPolicies.UkDispPayments, UkCalendar, AuthorizationTiers.Default, Seal);


    public static readonly HandlingRules Bank2020 = new(SlaPolicies.Bank2020, Calendar, AuthorizationTiers.Default, Seal);

    public static readonly Actor Agent = new("A001", "王芳", StaffRole.IntakeAgent);
    public static readonly Actor Handler = new("HCARDS1", "刘敏", StaffRole.Handler, "CARDS");
    public static readonly Actor Head = new("HCARDS0", "张杰主任", StaffRole.DepartmentHead, "CARDS");
    public static readonly Actor Supervisor = new("S001", "赵建国", StaffRole.Supervisor);
    public static readonly Actor FeedbackAgent = new("F001", "周婷", StaffRole.FeedbackAgent);
    public static readonly Actor Auditor = new("U001", "吴审计", StaffRole.Auditor);
    public static readonly Actor Manager = new("M001", "陈志远", StaffRole.Manager);
    public static readonly Actor Compliance = new("C001", "钱明", StaffRole.Compliance);

    /// <summary>A handler of RETAIL: the independent reviewer of a 核查 request about a CARDS decision (ComplaintBuilder routes it there).</summary>
    public static readonly Actor Reviewer = new("HRETAIL1", "零售复核", StaffRole.Handler, "RETAIL");

    /// <summary>Someone holding every permission, for tests about what the complaint's own state allows (not about who may).</summary>
    public static readonly Actor AllPowers = new("T000", "全权测试", StaffRole.Supervisor, null, Enum.GetValues<Permission>().ToHashSet());

    /// <summary>A local (Asia/Shanghai) wall-clock time as a UTC instant.</summary>
    public static DateTimeOffset Local(int year, int month, int day, int hour = 10, int minute = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    /// <summary>23:59:59 local on that date, in UTC.</summary>
    public static DateTimeOffset EndOfDay(int year, int month, int day) =>
        new DateTimeOffset(year, month, day, 23, 59, 59, TimeSpan.FromHours(8)).ToUniversalTime();
}
