using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Consultations;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Consultations;
using ComplaintOps.Data.Persistence;
using ComplaintOps.Tests.TestInfrastructure;
using ComplaintOps.Tests.TestInfrastructure.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace ComplaintOps.Tests.Data.Cases;

/// <summary>
/// A joint consultation (会诊) from opening to conclusion on a real database: each invited department's head records its
/// own opinion, refusals change nothing, every change is an event, and opening and concluding are on the complaint's history.
/// </summary>
public abstract class ConsultationTestsBase<TDatabase>() : IntegrationTest(new TDatabase())
    where TDatabase : TestDatabase, new()
{
    private static readonly Actor LoansHead = TestActors.Staff("HLOANS0");

    private IConsultationCommands Commands => Get<IConsultationCommands>();

    private IConsultationQueries Queries => Get<IConsultationQueries>();

    [Fact]
    public async Task Lifecycle_records_each_departments_opinion_and_the_conclusion_with_events_and_history()
    {
        var id = await ComplaintInAsync(ComplaintStatus.Investigating);
        var supervisor = RunAs(StaffRole.Supervisor).Actor;
        var cardsHead = RunAs(StaffRole.DepartmentHead).Actor;

        var opened = await Commands.OpenAsync(id, new NewConsultation(["CARDS", "LOANS"], "年费重复扣收是否由催收外包引起？"), supervisor, Ct);
        Assert.Equal(["CARDS", "LOANS"], opened.Opinions.Select(o => o.Department));
        Assert.All(opened.Opinions, o => Assert.Null(o.Opinion));

        // The LOANS head sees it waiting for LOANS; the CARDS head for CARDS.
        var loansList = await Queries.WorkListAsync(LoansHead, Ct);
        Assert.Equal([opened.Id], loansList.WaitingForMyDepartment.Select(r => r.Id));
        Assert.Equal([opened.Id], (await Queries.WorkListAsync(supervisor, Ct)).OpenedByMe.Select(r => r.Id));

        Clock.Advance(TimeSpan.FromHours(1));
        var afterCards = await Commands.RecordOpinionAsync(opened.Id, opened.Version, "系统批处理重复执行，非外包原因。", cardsHead, Ct);
        Clock.Advance(TimeSpan.FromHours(1));
        var afterLoans = await Commands.RecordOpinionAsync(opened.Id, afterCards.Version, "催收记录无相关操作。", LoansHead, Ct);
        Assert.Empty((await Queries.WorkListAsync(LoansHead, Ct)).WaitingForMyDepartment);

        Clock.Advance(TimeSpan.FromHours(1));
        var closed = await Commands.CloseAsync(opened.Id, afterLoans.Version, "退还重复年费并修复批处理。", supervisor, Ct);

        Assert.Equal(ConsultationStatus.Closed, closed.Status);
        var cards = closed.Opinions.Single(o => o.Department == "CARDS");
        Assert.Equal(("系统批处理重复执行，非外包原因。", cardsHead.Name), (cards.Opinion, cards.AuthorName));
        Assert.Equal(TestRules.Local(2026, 3, 2, 10).ToUniversalTime(), cards.RecordedAtUtc);
        Assert.Equal("LOANS", closed.Opinions.Single(o => o.AuthorName == LoansHead.Name).Department);
        Assert.Equal(
            [(ConsultationEventKind.Opened, supervisor.Name), (ConsultationEventKind.OpinionRecorded, cardsHead.Name),
             (ConsultationEventKind.OpinionRecorded, LoansHead.Name), (ConsultationEventKind.Closed, supervisor.Name)],
            closed.Events.Select(e => (e.Kind, e.ActorName)));
        Assert.Equal(4, closed.Version);

        var history = (await RunAs(StaffRole.Supervisor).GetAsync(id))!.Timeline.Select(e => e.Kind).ToList();
        Assert.Contains(Complaint.ConsultationOpenedKind, history);
        Assert.Contains(Complaint.ConsultationClosedKind, history);
        Assert.Single(await Queries.ForComplaintAsync(id, cardsHead, Ct));
    }

    [Fact]
    public async Task Refusals_wrong_department_closed_stale_version_and_no_permission_change_nothing()
    {
        var id = await ComplaintInAsync(ComplaintStatus.Investigating);
        var supervisor = RunAs(StaffRole.Supervisor).Actor;
        var opened = await Commands.OpenAsync(id, new NewConsultation(["CARDS"], "是否需要补偿？"), supervisor, Ct);

        // LOANS was not invited (and cannot see a CARDS complaint); the supervisor speaks for no invited department; a handler
        // lacks ConsultCases; a head of the invited department passes (positive control below).
        var outOfScope = await Assert.ThrowsAsync<ForbiddenException>(() => Commands.RecordOpinionAsync(opened.Id, opened.Version, "意见", LoansHead, Ct));
        Assert.Equal("out_of_scope", outOfScope.Code);
        var notInvited = await Assert.ThrowsAsync<DomainException>(() => Commands.RecordOpinionAsync(opened.Id, opened.Version, "意见", supervisor, Ct));
        Assert.Equal("department_not_invited", notInvited.Code);
        var handler = await Assert.ThrowsAsync<ForbiddenException>(() =>
            Commands.RecordOpinionAsync(opened.Id, opened.Version, "意见", RunAs(StaffRole.Handler).Actor, Ct));
        Assert.Equal("forbidden", handler.Code);
        var notOpener = await Assert.ThrowsAsync<ForbiddenException>(() =>
            Commands.CloseAsync(opened.Id, opened.Version, "结论", RunAs(StaffRole.Manager).Actor, Ct));
        Assert.Equal("not_the_opener", notOpener.Code);

        var head = RunAs(StaffRole.DepartmentHead).Actor;
        var answered = await Commands.RecordOpinionAsync(opened.Id, opened.Version, "同意补偿。", head, Ct);
        var stale = await Assert.ThrowsAsync<DomainException>(() => Commands.RecordOpinionAsync(opened.Id, opened.Version, "改主意", head, Ct));
        Assert.Equal("concurrency_conflict", stale.Code);

        var closed = await Commands.CloseAsync(opened.Id, answered.Version, "补偿 600 元。", supervisor, Ct);
        var late = await Assert.ThrowsAsync<DomainException>(() => Commands.RecordOpinionAsync(opened.Id, closed.Version, "补充", head, Ct));
        Assert.Equal("consultation_closed", late.Code);

        await using var db = await Get<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);
        var stored = await db.Consultations.Include(c => c.Opinions).SingleAsync(c => c.Id == opened.Id, Ct);
        Assert.Equal("同意补偿。", stored.Opinions.Single().Opinion);
        Assert.Equal(3, await db.ConsultationEvents.CountAsync(e => e.ConsultationId == opened.Id, Ct));
    }

    [Fact]
    public async Task Opening_needs_a_known_department_a_question_and_an_open_complaint_in_scope()
    {
        var open = await ComplaintInAsync(ComplaintStatus.Investigating);
        var closed = await ComplaintInAsync(ComplaintStatus.Closed);
        var supervisor = RunAs(StaffRole.Supervisor).Actor;

        Assert.Equal("invalid_departments", (await Assert.ThrowsAsync<DomainException>(() =>
            Commands.OpenAsync(open, new NewConsultation(["NOPE"], "问题"), supervisor, Ct))).Code);
        Assert.Equal("invalid_question", (await Assert.ThrowsAsync<DomainException>(() =>
            Commands.OpenAsync(open, new NewConsultation(["CARDS"], " "), supervisor, Ct))).Code);
        Assert.Equal("complaint_not_open", (await Assert.ThrowsAsync<DomainException>(() =>
            Commands.OpenAsync(closed, new NewConsultation(["CARDS"], "问题"), supervisor, Ct))).Code);
        // The LOANS head may not open one on a CARDS complaint; the CARDS head may.
        Assert.Equal("out_of_scope", (await Assert.ThrowsAsync<ForbiddenException>(() =>
            Commands.OpenAsync(open, new NewConsultation(["CARDS"], "问题"), LoansHead, Ct))).Code);
        await Commands.OpenAsync(open, new NewConsultation(["CARDS"], "问题"), RunAs(StaffRole.DepartmentHead).Actor, Ct);

        await using var db = await Get<IDbContextFactory<ComplaintOpsDbContext>>().CreateDbContextAsync(Ct);
        Assert.Equal(1, await db.Consultations.CountAsync(Ct));
    }
}

public sealed class SqliteConsultationTests : ConsultationTestsBase<SqliteTestDatabase>;

public sealed class PostgresConsultationTests : ConsultationTestsBase<PostgresTestDatabase>;
