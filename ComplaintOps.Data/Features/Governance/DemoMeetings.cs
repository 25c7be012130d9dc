using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Governance;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Sla;
using ComplaintOps.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Governance;

/// <summary>
/// Demo review meetings, after the demo complaints: last month's, held, with findings and two action items (one done with
/// evidence three weeks ago so its effect shows, one overdue and owned by the demo handler), and this month's draft.
/// Written through the domain at the instants they would have happened. Texts are bilingual (Chinese / English).
/// </summary>
public sealed class DemoMeetings(IDbContextFactory<ComplaintOpsDbContext> dbFactory, AgendaSources sources, IOptions<SlaOptions> sla, TimeProvider clock)
{
    private static readonly Actor Chair = new("S001", "赵建国", StaffRole.Supervisor);
    private static readonly string[] Invited = ["S001", "M001", "C001", "HCARDS0", "HLOANS0"];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var zone = sla.Value.Zone;
        var now = clock.GetUtcNow();
        var today = LocalDays.Of(now, zone);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var lastMonth = thisMonth.AddMonths(-1);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.ReviewMeetings.AnyAsync(cancellationToken))
        {
            return;
        }

        var people = (await db.Staff.AsNoTracking().Where(s => Invited.Contains(s.Id)).ToListAsync(cancellationToken))
            .OrderBy(s => Array.IndexOf(Invited, s.Id)).Select(s => new MeetingParticipant(s.Id, s.Name, s.NameEn, s.Department)).ToList();

        var heldAt = LocalDays.StartUtc(thisMonth.AddDays(2), zone).AddHours(14);
        if (heldAt > now.AddHours(-3))
        {
            heldAt = LocalDays.StartUtc(thisMonth.AddDays(-1), zone).AddHours(14);   // early in the month: held on the last day of the period
        }

        var preparedAt = heldAt.AddDays(-1);
        var held = ReviewMeeting.Create($"{lastMonth:yyyy-MM} 投诉联席会议 / Complaint review meeting", lastMonth, thisMonth.AddDays(-1), heldAt, people,
            AgendaBuilder.Build(await sources.LoadAsync(lastMonth, thisMonth.AddDays(-1), zone, preparedAt, cancellationToken)), preparedAt, Chair);
        // The findings and actions go on the first CARDS item and the first breached-clock item (the texts are about those).
        var items = new[] { held.Items.FirstOrDefault(i => i.Department == "CARDS"), held.Items.FirstOrDefault(i => i.Kind == AgendaItemKind.BreachedClock) }
            .Where(i => i is not null).Select(i => i!).Distinct().ToList();
        if (items.Count > 0)
        {
            held.RecordFinding(items[0].Id, "同类投诉集中在年费扣收与提醒不到位。/ Complaints cluster on annual-fee charging and missing reminders.",
                "扣费前未发送提醒短信，批处理规则未区分免年费条件。/ No reminder before charging; the batch job ignores fee-waiver conditions.", "CARDS",
                heldAt.AddMinutes(20), Chair);
        }

        if (items.Count > 1)
        {
            held.RecordFinding(items[1].Id, "处理时限延误主要发生在需要外部机构回函的案件。/ Delays are mostly cases waiting for a third party's reply.",
                "外部协查无跟踪机制。/ No tracking of third-party enquiries.", items[1].ResponsibleDepartment ?? "OPS", heldAt.AddMinutes(40), Chair);
        }

        held.MarkHeld(heldAt.AddHours(2), Chair);
        db.ReviewMeetings.Add(held);
        db.GovernanceEvents.AddRange(held.NewEvents);

        var decidedOn = LocalDays.Of(heldAt, zone);
        var done = RootCauseAction.Create(RootCauseTarget.OfCategory("CARD"), "上线年费扣收前提醒短信 / Reminder SMS before the annual fee is charged",
            new ActionOwner("HCARDS0", people.FirstOrDefault(p => p.StaffId == "HCARDS0")?.Name ?? "HCARDS0", "CARDS"), "CARDS", decidedOn.AddDays(14), decidedOn,
            heldAt.AddHours(1), Chair, held.Id, items.ElementAtOrDefault(0)?.Id);
        var doneOn = today.AddDays(-21) > decidedOn ? today.AddDays(-21) : decidedOn;
        done.Complete("短信模板与批处理规则已上线，见变更单 CR-2291。/ SMS template and batch rule live, see change CR-2291.", doneOn, doneOn,
            LocalDays.StartUtc(doneOn, zone).AddHours(17), new Actor("HCARDS0", done.OwnerName, StaffRole.DepartmentHead, "CARDS"));
        var late = RootCauseAction.Create(RootCauseTarget.OfDepartment("CARDS"), "建立外部协查跟踪台账 / Track third-party enquiries in a register",
            new ActionOwner("HCARDS1", "刘敏", "CARDS"), "CARDS", decidedOn.AddDays(7), decidedOn, heldAt.AddHours(1), Chair, held.Id,
            items.ElementAtOrDefault(1)?.Id ?? items.ElementAtOrDefault(0)?.Id);
        late.RecordProgress("台账模板已起草，待部门评审。/ Register template drafted, awaiting review.", heldAt.AddDays(3), new Actor("HCARDS1", "刘敏", StaffRole.Handler, "CARDS"));
        db.RootCauseActions.AddRange(done, late);
        db.GovernanceEvents.AddRange(done.NewEvents);
        db.GovernanceEvents.AddRange(late.NewEvents);
        await db.SaveChangesAsync(cancellationToken);   // before this month's agenda is built: it lists the open action

        var draft = ReviewMeeting.Create($"{thisMonth:yyyy-MM} 投诉联席会议 / Complaint review meeting", thisMonth, thisMonth.AddMonths(1).AddDays(-1),
            LocalDays.StartUtc(thisMonth.AddMonths(1).AddDays(2), zone).AddHours(14), people,
            AgendaBuilder.Build(await sources.LoadAsync(thisMonth, thisMonth.AddMonths(1).AddDays(-1), zone, now, cancellationToken)), now, Chair);
        db.ReviewMeetings.Add(draft);
        db.GovernanceEvents.AddRange(draft.NewEvents);
        await db.SaveChangesAsync(cancellationToken);
    }
}
