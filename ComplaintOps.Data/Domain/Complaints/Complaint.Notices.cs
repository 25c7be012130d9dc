using ComplaintOps.Data.Domain.Access;
using ComplaintOps.Data.Domain.Common;
using ComplaintOps.Data.Domain.Notices;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>A notice sent again by a person is on the complaint's sealed history: who asked for it, when, which notice.</summary>
public sealed partial class Complaint
{
    public const string NoticeResentKind = "NoticeResent";

    /// <summary>
    /// Records that <paramref name="actor"/> sent <paramref name="abandoned"/> (a notice of this complaint that was given up
    /// on) again. Whoever handles the case or follows up with the customer may, within their scope.
    /// </summary>
    public void RecordNoticeResent(Notice abandoned, Actor actor, DateTimeOffset nowUtc, HandlingRules rules)
    {
        ArgumentNullException.ThrowIfNull(abandoned);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(rules);
        if (!actor.Has(Permission.HandleComplaint) && !actor.Has(Permission.FollowUpCustomer))
        {
            throw ForbiddenException.Lacking(Permission.HandleComplaint);
        }

        if (!ComplaintAccess.CanView(actor, Department, HandlerId))
        {
            throw ForbiddenException.OutOfScope();
        }

        if (abandoned.ComplaintId != Id)
        {
            throw new DomainException("validation_failed", "The notice belongs to another complaint.");
        }

        Append(rules, NoticeResentKind, Status, actor, StoredInstant.Normalize(nowUtc), abandoned.LastError, Details(
            ("noticeKind", abandoned.Kind.ToString()), ("noticeChannel", abandoned.Channel.ToString())));
    }
}
