using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Consultations;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>
/// A joint consultation opened and concluded is on the complaint's sealed history, as its own event kinds rather than an
/// AddNote: a note needs AnnotateComplaint, which a manager who may open a consultation (ConsultCases) does not hold, and a
/// typed event names the consultation and its departments instead of free text nobody can filter on.
/// </summary>
public sealed partial class Complaint
{
    public const string ConsultationOpenedKind = "ConsultationOpened";
    public const string ConsultationClosedKind = "ConsultationClosed";

    /// <summary>Appends the consultation's opening (question, invited departments) or its conclusion to the history.</summary>
    public void NoteConsultation(Consultation consultation, Actor actor, DateTimeOffset nowUtc, HandlingRules rules)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(rules);
        if (!actor.Has(Permission.ConsultCases))
        {
            throw ForbiddenException.Lacking(Permission.ConsultCases);
        }

        if (!ComplaintAccess.CanView(actor, Department, HandlerId))
        {
            throw ForbiddenException.OutOfScope();
        }

        var closed = consultation.Status == ConsultationStatus.Closed;
        Append(rules, closed ? ConsultationClosedKind : ConsultationOpenedKind, Status, actor, StoredInstant.Normalize(nowUtc),
            closed ? consultation.Conclusion : consultation.Question,
            Details(("consultation", consultation.Id.ToString()), ("departments", string.Join(",", consultation.Opinions.Select(o => o.Department)))));
    }
}
