using System.Text.Json;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Data.Features.Complaints;
using ComplaintOps.Data.Features.Governance;
using ComplaintOps.Data.Features.Topics;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Builders;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using ComplaintOps.Web.Governance;
using MiniExcelLibs;

namespace ComplaintOps.Tests.Data.Governance;

/// <summary>Review meetings on a real SQLite file through the real composition: the frozen agenda, department scope, the minutes workbook.</summary>
public sealed class ReviewMeetingStoreTests : IntegrationTest
{
    private static readonly DateOnly March = new(2026, 3, 1);

    private IReviewMeetingCommands Commands => Get<IReviewMeetingCommands>();

    private IReviewMeetingQueries Queries => Get<IReviewMeetingQueries>();

    [Fact]
    public async Task The_agenda_stays_as_frozen_when_complaints_and_topic_names_change_afterwards()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await ComplaintInAsync(ComplaintStatus.Assigned));
        }

        await TestTopics.PublishAsync(Services, 1, [TestTopics.Born(1, "年费 / 扣收")], [.. TestTopics.In(1, ids)]);
        await RenameAsync("年费重复扣收");
        Clock.Advance(TimeSpan.FromMinutes(30));
        var id = await Commands.CreateAsync(new NewMeeting("三月联席会议", March, new DateOnly(2026, 3, 31), Clock.GetUtcNow().AddDays(1), ["S001", "HCARDS0"]),
            TestRules.Supervisor, Ct);
        var before = (await Queries.GetAsync(id, TestRules.Supervisor, Ct))!;

        var batch = Assert.Single(before.Items, i => i.Kind == AgendaItemKind.BatchWarning);
        Assert.Equal((new TopicKey(1), "年费重复扣收", 6, "CARDS"), (batch.Topic!.Value, batch.TopicName, batch.ComplaintTotal, batch.Department));
        Assert.Equal(ids.Order(), batch.Complaints.Select(c => c.ComplaintId).Order());

        await RenameAsync("信用卡年费");   // later: the topic renamed, a complaint moved on, more complaints arrive
        await Get<IComplaintCommands>().ApplyAsync(ids[0], 3, new StartInvestigation(), TestRules.Handler, Ct);
        await ComplaintInAsync(ComplaintStatus.Assigned);
        var after = (await Queries.GetAsync(id, TestRules.Supervisor, Ct))!;

        Assert.Equal(JsonSerializer.Serialize(before.Items), JsonSerializer.Serialize(after.Items));
        // positive control: a meeting created now reads the new name
        var now = await Commands.CreateAsync(new NewMeeting("重开", March, new DateOnly(2026, 3, 31), Clock.GetUtcNow(), ["S001"]), TestRules.Supervisor, Ct);
        Assert.Equal("信用卡年费", (await Queries.GetAsync(now, TestRules.Supervisor, Ct))!.Items.Single(i => i.Kind == AgendaItemKind.BatchWarning).TopicName);
    }

    [Fact]
    public async Task A_handler_sees_only_the_items_and_action_items_of_their_department()
    {
        var (meetingId, cards, loans, cardsRef, loansRef) = await MeetingWithTwoDepartmentsAsync();
        var handler = RunAs(StaffRole.Handler).Actor;

        var all = (await Queries.GetAsync(meetingId, TestRules.Supervisor, Ct))!;
        var mine = (await Queries.GetAsync(meetingId, handler, Ct))!;

        Assert.Equal(["CARDS", "LOANS"], all.Items.Select(i => i.ResponsibleDepartment!).Order().ToArray());   // positive control
        Assert.Equal([cards], mine.Items.Select(i => i.Id).ToArray());
        Assert.Equal(["Fix the CARDS delay"], mine.Actions.Select(a => a.Title).ToArray());
        Assert.True(mine.Scoped);
        Assert.Equal(1, Assert.Single(await Queries.ListAsync(handler, Ct)).ItemCount);
        Assert.DoesNotContain(loansRef, JsonSerializer.Serialize(mine));
        Assert.Contains(cardsRef, JsonSerializer.Serialize(mine));
        await Assert.ThrowsAsync<ForbiddenException>(() => Commands.RecordFindingAsync(meetingId, all.Version, cards, new ItemFinding("x", null, null), handler, Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => Queries.GetAsync(meetingId, TestRules.Agent, Ct));   // no ViewMeetings

        // The room moves the LOANS item to CARDS: from then on the CARDS handler sees it.
        await Commands.RecordFindingAsync(meetingId, all.Version, loans, new ItemFinding("协查延误", "无跟踪", "CARDS"), TestRules.Supervisor, Ct);
        Assert.Equal(2, (await Queries.GetAsync(meetingId, handler, Ct))!.Items.Count);
    }

    [Fact]
    public async Task The_minutes_workbook_reads_back_with_the_items_the_reader_may_see()
    {
        var (meetingId, _, _, cardsRef, loansRef) = await MeetingWithTwoDepartmentsAsync();
        await Commands.RecordFindingAsync(meetingId, 1, (await Queries.GetAsync(meetingId, TestRules.Supervisor, Ct))!.Items[0].Id,
            new ItemFinding("外部协查回函慢", "没有跟踪台账", null), TestRules.Supervisor, Ct);

        var supervisor = await ReadAsync(await RunAs(StaffRole.Supervisor).HttpAsync(), meetingId);
        var handler = await ReadAsync(await RunAs(StaffRole.Handler).HttpAsync(), meetingId);
        using var agent = await RunAs(StaffRole.IntakeAgent).HttpAsync();
        var refused = await agent.GetAsync($"/governance/meetings/{meetingId}/minutes.xlsx", Ct);

        Assert.Equal([MinutesWorkbook.MeetingSheet, MinutesWorkbook.AgendaSheet, MinutesWorkbook.ActionsSheet], supervisor.Sheets);
        Assert.Equal(2, supervisor.Agenda.Count);
        Assert.Equal("外部协查回函慢", supervisor.Agenda[0]["G"]);   // findings column
        Assert.Contains(supervisor.Agenda, r => ((string)r["F"]!).Contains(loansRef, StringComparison.Ordinal));
        Assert.Equal(2, supervisor.Actions.Count);
        var row = Assert.Single(handler.Agenda);
        Assert.Equal(cardsRef, row["F"]);
        Assert.Equal("Fix the CARDS delay", Assert.Single(handler.Actions)["B"]);
        Assert.NotEqual(System.Net.HttpStatusCode.OK, refused.StatusCode);
    }

    private async Task<(List<string> Sheets, List<IDictionary<string, object?>> Agenda, List<IDictionary<string, object?>> Actions)> ReadAsync(HttpClient client, Guid id)
    {
        using (client)
        {
            var response = await client.GetAsync($"/governance/meetings/{id}/minutes.xlsx", Ct);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
            var sheets = MiniExcel.GetSheetNames(stream);
            List<IDictionary<string, object?>> Rows(string sheet)
            {
                stream.Position = 0;
                return [.. MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet).Skip(1).Select(r => (IDictionary<string, object?>)r)];
            }

            return (sheets, Rows(MinutesWorkbook.AgendaSheet), Rows(MinutesWorkbook.ActionsSheet));
        }
    }

    /// <summary>A CARDS and a LOANS complaint whose resolve clocks broke in March, a meeting on March, and an action item on each item.</summary>
    private async Task<(Guid Meeting, Guid Cards, Guid Loans, string CardsRef, string LoansRef)> MeetingWithTwoDepartmentsAsync()
    {
        var cards = await ComplaintInAsync(ComplaintStatus.Assigned);
        var commands = Get<IComplaintCommands>();
        var loans = (await commands.RegisterAsync(ComplaintBuilder.Sample(), TestRules.Agent, null, Ct)).Id;
        await commands.ApplyAsync(loans, 1, new Classify("LOAN", Severity.Medium), TestRules.Agent, Ct);
        await commands.ApplyAsync(loans, 2, new Assign("LOANS", "HLOANS1", "贷款经办"), TestRules.Agent, Ct);
        Clock.Advance(TimeSpan.FromDays(40));
        var id = await Commands.CreateAsync(new NewMeeting("三月联席会议", March, new DateOnly(2026, 3, 31), Clock.GetUtcNow(), ["S001"]), TestRules.Supervisor, Ct);
        var meeting = (await Queries.GetAsync(id, TestRules.Supervisor, Ct))!;
        var byDept = meeting.Items.Where(i => i.Kind == AgendaItemKind.BreachedClock).ToDictionary(i => i.Department!, i => i.Id);
        var actions = Get<IRootCauseActions>();
        var due = new DateOnly(2026, 4, 30);
        await actions.CreateAsync(new NewRootCauseAction(RootCauseTarget.OfDepartment("CARDS"), "Fix the CARDS delay", "HCARDS1", null, due)
            { MeetingId = id, AgendaItemId = byDept["CARDS"] }, TestRules.Supervisor, Ct);
        await actions.CreateAsync(new NewRootCauseAction(RootCauseTarget.OfDepartment("LOANS"), "Fix the LOANS delay", "HLOANS1", null, due)
            { MeetingId = id, AgendaItemId = byDept["LOANS"] }, TestRules.Supervisor, Ct);
        var refs = await Get<IComplaintQueries>().ListAsync(new ComplaintListQuery(), TestRules.Supervisor, Ct);
        return (id, byDept["CARDS"], byDept["LOANS"], refs.Items.Single(r => r.Id == cards).Reference, refs.Items.Single(r => r.Id == loans).Reference);
    }

    private async Task RenameAsync(string name)
    {
        var topics = Get<ITopicCommands>();
        var version = (await Get<ITopicQueries>().GetAsync(new TopicKey(1), TestRules.Supervisor, Ct))!.Topic.Version;
        await topics.RenameAsync(new TopicKey(1), version, name, TestRules.Supervisor, Ct);
    }
}
