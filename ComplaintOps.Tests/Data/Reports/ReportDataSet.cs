using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintOps.Tests.Data.Reports;

/// <summary>
/// The fixed data set of the report tests, written through the real commands on the test clock (Monday 2026-03-02,
/// half-year 2026H1). Each complaint, what it is and what the report must make of it:
/// A  phone, Shanghai, product 白金卡, CARD/Medium, closed within a day, ¥300 refund, score 4 (satisfied).
/// B  web, Jiangsu, LOAN/High, investigating (open); assigned 5 days late (a late clock), a repeat recorded.
/// C  letter, no region, CARD/Low, closed after 20 more days (band 16–30), ¥300 refund, score 3 (not satisfied).
/// D  regulator transfer, Shanghai, registered only.
/// E  phone, Shanghai, merged into A: not counted.
/// F  phone, Guangdong, received 100 days before (2025H2): not counted in 2026H1.
/// G  web, Guangdong, withdrawn before classification.
/// </summary>
public sealed class ReportDataSet
{
    public Guid A { get; private set; }

    public Guid B { get; private set; }

    public Guid C { get; private set; }

    public Guid D { get; private set; }

    public Guid E { get; private set; }

    public Guid F { get; private set; }

    public Guid G { get; private set; }

    public IReadOnlyList<Guid> Counted => [A, B, C, D, G];

    public static async Task<ReportDataSet> WriteAsync(IComplaintCommands commands, IComplaintQueries queries, FakeTimeProvider clock, CancellationToken ct)
    {
        var set = new ReportDataSet();
        async Task<Guid> Register(NewComplaint data) => (await commands.RegisterAsync(data, TestRules.Agent, null, ct)).Id;
        async Task Apply(Guid id, ComplaintActivity activity, Actor actor)
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            var version = (await queries.GetAsync(id, TestRules.AllPowers, ct))!.Version;
            await commands.ApplyAsync(id, version, activity, actor, ct);
        }

        async Task Walk(Guid id, ComplaintStatus to, Classify classify, int? score = 4, TimeSpan? beforeClose = null, TimeSpan? beforeAssign = null)
        {
            foreach (var (action, actor) in ComplaintBuilder.PathTo(to))
            {
                if (action is Assign && beforeAssign is { } wait)
                {
                    clock.Advance(wait);
                }

                if (action is Close && beforeClose is { } late)
                {
                    clock.Advance(late);
                }

                await Apply(id, action switch
                {
                    Classify => classify,
                    RecordCallback => new RecordCallback(score, 1, null),
                    _ => action,
                }, actor);
            }
        }

        set.F = await Register(ComplaintBuilder.Sample() with { Region = "440000", ReceivedAt = clock.GetUtcNow().AddDays(-100) });
        set.A = await Register(ComplaintBuilder.Sample() with { Region = "310000", Product = "白金卡" });
        await Walk(set.A, ComplaintStatus.Closed, new Classify("CARD", Severity.Medium));
        set.B = await Register(ComplaintBuilder.Sample() with { Channel = Channel.Web, Region = "320000" });
        await Walk(set.B, ComplaintStatus.Investigating, new Classify("LOAN", Severity.High), beforeAssign: TimeSpan.FromDays(5));
        await Apply(set.B, new RecordRepeat(set.A, HasNewFacts: false), TestRules.Agent);
        set.C = await Register(ComplaintBuilder.Sample() with { Channel = Channel.Letter });
        await Walk(set.C, ComplaintStatus.Closed, new Classify("CARD", Severity.Low), score: 3, beforeClose: TimeSpan.FromDays(20));
        set.D = await Register(ComplaintBuilder.Sample() with
        {
            Channel = Channel.Regulator, Region = "310000", RegulatorDeadline = TestRules.Calendar.LocalDate(clock.GetUtcNow()).AddDays(10),
            RegulatorName = "国家金融监督管理总局上海监管局", RegulatorReference = "沪金管转〔2026〕12号",
        });
        set.E = await Register(ComplaintBuilder.Sample() with { Region = "310000" });
        await Apply(set.E, new Merge(set.A, "同一事项"), TestRules.Agent);
        set.G = await Register(ComplaintBuilder.Sample() with { Channel = Channel.Web, Region = "440000" });
        await Apply(set.G, new Withdraw("客户撤回"), TestRules.Agent);
        return set;
    }
}
