using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using ComplaintOps.Data.Features.Complaints;

namespace ComplaintOps.Tests.TestInfrastructure.Builders;

/// <summary>Detail DTOs for component tests; permitted triggers come from the real workflow table.</summary>
public static class ComplaintDetailBuilder
{
    public static ComplaintDetail Detail(ComplaintStatus status = ComplaintStatus.Registered, int version = 1, string reference = "CP20261123-ABCDEFGHJK",
        IReadOnlyList<ComplaintTrigger>? permitted = null)
    {
        var registered = new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
        var clocks = new List<ClockView>
        {
            new(ClockKind.Acknowledge, 1, registered, registered.AddHours(14), registered.AddHours(1), 0, null, 0, ClockState.Met),
            new(ClockKind.Resolve, 1, registered, registered.AddDays(21), null, 15, null, 0, ClockState.OnTime),
        };
        var timeline = new List<EventView>
        {
            new(1, ComplaintEvent.RegisteredKind, null, ComplaintStatus.Registered, "王芳", StaffRole.IntakeAgent, registered, null,
                new Dictionary<string, string> { ["channel"] = "Phone", ["tier"] = "Standard" }, "hash1"),
        };
        return new ComplaintDetail(
            Guid.CreateVersion7(registered), reference, version, status, Channel.Phone, "信用卡年费被重复扣收", "客户反映年费被扣收两次。", "zh",
            "张*", "138****8000", null, "1101**********1234", "************5678", CustomerTier.Standard, "白金信用卡", 300m, null, null, null, null, null, "王芳", SlaPolicies.Bank2020.Name, [],
            registered, 1, false, null, null, null, null, CompensationKind.None, 0m, true, null, null, null, 0, clocks, timeline,
            permitted ?? ComplaintWorkflow.PermittedTriggers(status), HistoryIntact: true)
        {
            ReceivedAtUtc = registered.AddHours(-3),
            Policy = SlaPolicies.Bank2020,
            NextExtension = SlaPolicies.Bank2020.Extensions[0],
            NextExtensionDueAtUtc = registered.AddDays(36),
        };
    }

    /// <summary>
    /// A Bank2020 complaint whose decision clock already took stage 1 (15 → 30 days): the next extension is stage 2,
    /// approved by a senior manager, to 60 days.
    /// </summary>
    public static ComplaintDetail ExtendedOnce(IReadOnlyList<ComplaintTrigger>? permitted = null)
    {
        var detail = Detail(ComplaintStatus.Investigating, permitted: permitted);
        var resolve = detail.Clocks.Single(c => c.Kind == ClockKind.Resolve);
        var extended = resolve with { CalendarDays = 30, WorkingDays = null, ExtensionDays = 15, DueAtUtc = resolve.StartedAtUtc.AddDays(30),
            ExtensionStages = 1 };
        return detail with
        {
            Clocks = [.. detail.Clocks.Where(c => c.Kind != ClockKind.Resolve), extended],
            NextExtension = SlaPolicies.Bank2020.Extensions[1],
            NextExtensionDueAtUtc = resolve.StartedAtUtc.AddDays(60),
        };
    }

    /// <summary>A decision notice sent two days before the bUnit clock's now (Bank2020 offers a 核查 review).</summary>
    public static ComplaintDetail DecisionSent(ComplaintStatus status = ComplaintStatus.FeedbackGiven, IReadOnlyList<ComplaintTrigger>? permitted = null) =>
        Detail(status, permitted: permitted) with
        {
            Department = "CARDS",
            Decision = new DecisionNotice("核实了两笔扣款", "信用卡章程第12条", "系统重复扣收", Remedies.Review | Remedies.Mediation, Channel.Phone, "REC-20261121-001"),
            DecisionSentAtUtc = new DateTimeOffset(2026, 11, 21, 2, 0, 0, TimeSpan.Zero),
        };

    public static ComplaintRow Row(int n) => new(
        Guid.NewGuid(), $"CP20261123-ROW{n:D7}", $"Subject {n}", ComplaintStatus.Registered, Channel.Phone, null, null, null, null,
        $"Customer {n}", CustomerTier.Standard, new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero), null, null, 1);
}
