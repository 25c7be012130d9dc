using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Hotspots;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Tests.TestInfrastructure.Bunit;

namespace ComplaintOps.Tests.Web.Components.Governance;

/// <summary>A November agenda for component tests: a batch warning on topic #7 (CARDS), breached clocks in LOANS, an appeal in CARDS.</summary>
internal static class GovernanceFacts
{
    public static readonly DateTimeOffset End = ComplaintOpsBunitContext.Now;

    public static AgendaFacts November(DateOnly from, DateOnly to)
    {
        AgendaCase Case(string reference, string dept, TopicKey? topic, double hoursAgo) =>
            new(Guid.NewGuid(), reference, $"{reference} 年费重复扣收", dept, null, topic, End.AddHours(-hoursAgo), false, null) { RegisteredInPeriod = true };
        var fees = new TopicKey(7);
        List<AgendaCase> cases = [.. Enumerable.Range(1, 5).Select(i => Case($"C{i}", "CARDS", fees, i * 0.2))];
        cases.Add(Case("L1", "LOANS", null, 100) with { BreachedInPeriod = true });
        cases.Add(Case("L2", "LOANS", null, 90) with { BreachedInPeriod = true });
        cases.Add(Case("A1", "CARDS", null, 80) with { AppealedInPeriod = true });
        var batch = new Hotspot(HotspotSubject.OfTopic(fees), 5, 0, 0, false, 5, true, new TimeWindow(End.AddHours(-2), End));
        return new AgendaFacts(from, to, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), cases, [batch],
            new Dictionary<TopicKey, string> { [fees] = "年费重复扣收" }, [], to);
    }
}
