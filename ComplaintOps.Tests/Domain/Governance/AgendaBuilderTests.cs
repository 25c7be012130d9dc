using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Hotspots;
using ComplaintOps.Data.Domain.Topics;
using ComplaintOps.Tests.TestInfrastructure;

namespace ComplaintOps.Tests.Domain.Governance;

/// <summary>The agenda of a period, built from its facts, in the agreed order, each item a copy of what it shows.</summary>
public sealed class AgendaBuilderTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset End = TestRules.Local(2026, 3, 31, 16);
    private static readonly TopicKey Fees = new(7);

    private static AgendaCase Case(string reference, string? dept, TopicKey? topic, DateTimeOffset at) =>
        new(Guid.NewGuid(), reference, $"{reference} 的主题", dept, "白金卡", topic, at, IsClosed: false, Satisfaction: null) { RegisteredInPeriod = true };

    private static AgendaFacts Facts(Dictionary<TopicKey, string> names, out List<AgendaCase> cases)
    {
        cases =
        [
            Case("C1", "CARDS", Fees, End.AddMinutes(-100)), Case("C2", "CARDS", Fees, End.AddMinutes(-90)), Case("C3", "LOANS", Fees, End.AddMinutes(-80)),
            Case("C4", "CARDS", Fees, End.AddMinutes(-70)), Case("C5", "LOANS", Fees, End.AddMinutes(-60)),
            Case("C0", "CARDS", Fees, End.AddDays(-20)),   // same topic, outside the batch window: in the series, not behind the warning
            Case("M1", "WEALTH", null, End.AddDays(-10)) with { IsMajor = true, Complainants = 12 },
            Case("M2", "WEALTH", null, End.AddDays(-9)) with { IsMajor = true, Complainants = 3, IsClosed = true },
            Case("B1", "CARDS", null, End.AddDays(-9)) with { BreachedInPeriod = true, IsClosed = true, Satisfaction = 5 },
            Case("B2", "CARDS", null, End.AddDays(-8)) with { BreachedInPeriod = true, IsClosed = true, Satisfaction = 2 },
            Case("B3", "LOANS", null, End.AddDays(-8)) with { BreachedInPeriod = true },
            Case("A1", "LOANS", null, End.AddDays(-40)) with { AppealedInPeriod = true, RegisteredInPeriod = false },
        ];
        var batch = new Hotspot(HotspotSubject.OfTopic(Fees), 5, 0.2, 24, true, 5, true, new TimeWindow(End.AddHours(-2), End));
        AgendaAction[] open = [new(Guid.NewGuid(), "建立协查台账", "刘敏", "CARDS", new DateOnly(2026, 3, 20), RootCauseActionStatus.InProgress)];
        return new AgendaFacts(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), Shanghai, cases, [batch], names, open, new DateOnly(2026, 4, 1));
    }

    [Fact]
    public void The_agenda_lists_warnings_majors_per_department_groups_and_open_actions_in_order()
    {
        var items = AgendaBuilder.Build(Facts(new() { [Fees] = "年费重复扣收" }, out _));

        Assert.Equal(
            [
                (AgendaItemKind.BatchWarning, "CARDS"), (AgendaItemKind.MajorComplaint, "WEALTH"), (AgendaItemKind.BreachedClock, "CARDS"),
                (AgendaItemKind.BreachedClock, "LOANS"), (AgendaItemKind.Appeal, "LOANS"), (AgendaItemKind.OpenAction, "CARDS"),
            ],
            items.Select(i => (i.Kind, i.Department!)).ToArray());
        var batch = items[0];
        Assert.Equal(("年费重复扣收", 7, "年费重复扣收"), (batch.Title, batch.TopicId!.Value, batch.TopicName));
        Assert.Equal(["C1", "C2", "C3", "C4", "C5"], batch.Complaints.Select(c => c.Reference).ToArray());
        Assert.Equal("C3 的主题", batch.Complaints[2].Subject);
        Assert.Equal([("batchCount", 5.0), ("complaints", 5.0)], batch.Figures.Select(f => (f.Name, f.Value)).ToArray());
        // eight weeks ending with the week of 03-31 (Monday 03-30): C0 on 03-11 in week 2026-03-09, the five in the last week
        Assert.Equal(new DateOnly(2026, 2, 9), batch.SeriesStart);
        Assert.Equal([0, 0, 0, 0, 1, 0, 0, 5], batch.WeeklyCounts);
        Assert.Equal((2.0, 1.0, 15.0), (items[1].Figure("complaints")!.Value, items[1].Figure("open")!.Value, items[1].Figure("complainants")!.Value));   // both majors of WEALTH in one item
        Assert.Equal(["M1", "M2"], items[1].Complaints.Select(c => c.Reference).ToArray());
        Assert.Equal((2.0, 0.0, 0.5), (items[2].Figure("complaints")!.Value, items[2].Figure("open")!.Value, items[2].Figure("satisfaction")!.Value));
        Assert.Equal(12, items[5].Figure("daysOverdue"));
        Assert.Equal("CARDS", items[2].ResponsibleDepartment);   // responsible = where the complaints are handled, until the room decides otherwise
    }

    [Fact]
    public void The_items_keep_what_they_copied_when_the_sources_change_afterwards()
    {
        var names = new Dictionary<TopicKey, string> { [Fees] = "年费重复扣收" };
        var items = AgendaBuilder.Build(Facts(names, out var cases));

        names[Fees] = "信用卡年费";   // the topic renamed later
        cases.Clear();

        Assert.Equal("年费重复扣收", items[0].TopicName);
        Assert.Equal(5, items[0].ComplaintTotal);
    }

    [Fact]
    public void A_meeting_numbers_its_items_and_refuses_a_bad_period_or_no_participants()
    {
        var items = AgendaBuilder.Build(Facts(new() { [Fees] = "年费" }, out _));
        MeetingParticipant[] people = [new("S001", "赵建国", "Zhao Jianguo", null), new("HCARDS0", "张杰主任", "Zhang Jie", "CARDS")];

        var meeting = ReviewMeeting.Create("三月联席会议", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), End, people, items, End, TestRules.Supervisor);

        Assert.Equal(Enumerable.Range(1, items.Count), meeting.Items.Select(i => i.Position));
        Assert.All(meeting.Items, i => Assert.Equal(meeting.Id, i.MeetingId));
        Assert.Equal(("S001", MeetingStatus.Draft), (meeting.ChairId, meeting.Status));
        Assert.Equal("invalid_period", Assert.ThrowsAny<DomainException>(() =>
            ReviewMeeting.Create("x", new DateOnly(2026, 3, 31), new DateOnly(2026, 3, 1), End, people, [], End, TestRules.Supervisor)).Code);
        Assert.Equal("participants_required", Assert.ThrowsAny<DomainException>(() =>
            ReviewMeeting.Create("x", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), End, [], [], End, TestRules.Supervisor)).Code);
        Assert.IsType<ForbiddenException>(Assert.ThrowsAny<DomainException>(() =>
            ReviewMeeting.Create("x", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), End, people, [], End, TestRules.Handler)));
    }

    [Fact]
    public void Findings_are_recorded_per_changed_field_and_refused_once_closed()
    {
        MeetingParticipant[] people = [new("S001", "赵建国", "Zhao Jianguo", null)];
        var meeting = ReviewMeeting.Create("m", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), End, people,
            AgendaBuilder.Build(Facts(new() { [Fees] = "年费" }, out _)), End, TestRules.Supervisor);
        var item = meeting.Items[2];
        meeting.ClearNewEvents();

        meeting.RecordFinding(item.Id, "协查无跟踪", null, "OPS", End.AddHours(1), TestRules.Manager);
        meeting.RecordFinding(item.Id, "协查无跟踪", null, "OPS", End.AddHours(2), TestRules.Manager);   // nothing changed: no event, no version

        Assert.Equal([("findings", null, "协查无跟踪"), ("responsibleDepartment", "CARDS", "OPS")],
            meeting.NewEvents.Select(e => (e.Field!, e.OldValue, e.NewValue)).ToArray());
        Assert.Equal((2, "OPS"), (meeting.Version, item.VisibleTo));
        Assert.Equal("validation_failed", Assert.ThrowsAny<DomainException>(() =>
            meeting.RecordFinding(item.Id, null, null, "NOPE", End, TestRules.Manager)).Code);
        meeting.MarkHeld(End.AddHours(3), TestRules.Manager);
        meeting.Close(End.AddHours(4), TestRules.Manager);
        Assert.Equal("meeting_closed", Assert.ThrowsAny<DomainException>(() =>
            meeting.RecordFinding(item.Id, "later", null, null, End, TestRules.Manager)).Code);
    }
}
