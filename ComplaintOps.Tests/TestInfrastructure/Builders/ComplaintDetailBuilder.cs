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
            "张*", "138****8000", null, "1101**********1234", "************5678", CustomerTier.Standard, "白金信用卡", 300m, null, null, null, null, null, "王芳", "Standard", [],
            registered, 1, false, null, null, null, null, CompensationKind.None, 0m, true, null, null, null, 0, clocks, timeline,
            permitted ?? ComplaintWorkflow.PermittedTriggers(status), HistoryIntact: true);
    }

    public static ComplaintRow Row(int n) => new(
        Guid.NewGuid(), $"CP20261123-ROW{n:D7}", $"Subject {n}", ComplaintStatus.Registered, Channel.Phone, null, null, null, null,
        $"Customer {n}", CustomerTier.Standard, new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero), null, null, 1);
}
