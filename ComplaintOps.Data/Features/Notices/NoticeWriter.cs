using ComplaintOps.Data.Domain.Calendar;
using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
using ComplaintOps.Data.Domain.Notices;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;
using Microsoft.Extensions.Options;

namespace ComplaintOps.Data.Features.Notices;

/// <summary>
/// THE policy of which complaint changes tell the customer something: acknowledging (reference, time limit, contact),
/// extending (new limit, reason), giving feedback (the decision, and the invitation to the satisfaction callback that the
/// feedback step starts). Called by the complaint commands after the change is applied and before it is saved, so the
/// notices commit or roll back with it. A complaint without an e-mail address or phone gets none (nothing to send to).
/// </summary>
public sealed class NoticeWriter(IOptions<NoticeOptions> options)
{
    public IReadOnlyList<Notice> For(Complaint complaint, ComplaintActivity activity, BusinessCalendar calendar, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(calendar);
        NoticeKind[] kinds = activity switch
        {
            Acknowledge => [NoticeKind.Acknowledgement],
            Extend => [NoticeKind.Extension],
            GiveFeedback => [NoticeKind.DecisionNotice, NoticeKind.CallbackInvitation],
            _ => [],
        };
        if (kinds.Length == 0 || RecipientOf(complaint) is not var (channel, recipient))
        {
            return [];
        }

        // One change's notices a millisecond apart, in the order the customer should read them (the decision before the
        // invitation to rate it): the dispatcher sends the oldest first.
        return [.. kinds.Select((kind, i) =>
        {
            var values = Values(complaint, activity, kind, calendar);
            var (subject, body) = NoticeTemplates.Render(kind, complaint.Language, values);
            return Notice.Create(kind, channel, recipient, complaint.Language, subject, body, nowUtc.AddMilliseconds(i), complaint.Id);
        })];
    }

    /// <summary>
    /// Where the customer is told: by e-mail when they prefer it (or have given no phone), else by SMS to their phone;
    /// null when they gave neither.
    /// </summary>
    public static (NoticeChannel Channel, string Recipient)? RecipientOf(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var email = string.IsNullOrWhiteSpace(complaint.CustomerEmail) ? null : complaint.CustomerEmail.Trim();
        var phone = string.IsNullOrWhiteSpace(complaint.CustomerPhone) ? null : complaint.CustomerPhone.Trim();
        if (email is not null && (complaint.PreferredContact == Channel.Email || phone is null))
        {
            return (NoticeChannel.Email, email);
        }

        return phone is not null ? (NoticeChannel.Sms, phone) : null;
    }

    private Dictionary<string, string> Values(Complaint complaint, ComplaintActivity activity, NoticeKind kind, BusinessCalendar calendar)
    {
        var language = complaint.Language;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["institution"] = options.Value.Institution.In(language),
            ["contact"] = options.Value.ContactLine.In(language),
            ["reference"] = complaint.Reference,
            ["received"] = NoticeTemplates.Date(calendar.LocalDate(complaint.ReceivedAtUtc), language),
        };
        var clock = kind == NoticeKind.CallbackInvitation ? ClockKind.Callback : ClockKind.Resolve;
        var due = complaint.Clocks.LastOrDefault(c => c.Kind == clock)?.DueAtUtc;   // the clock the change just started or moved
        values["due"] = due is { } at
            ? NoticeTemplates.Date(calendar.LocalDate(at), language)
            : (language == "en" ? "the time limit that applies to your complaint" : "规定期限");
        if (activity is Extend extend)
        {
            values["reason"] = extend.Reason.Trim();
        }

        if (complaint.Decision is { } decision)
        {
            values["verification"] = decision.Verification;
            values["basis"] = decision.Basis;
            values["reasons"] = decision.Reasons;
            values["remedies"] = NoticeTemplates.Remedies(decision.Remedies, language);
        }

        return values;
    }
}
