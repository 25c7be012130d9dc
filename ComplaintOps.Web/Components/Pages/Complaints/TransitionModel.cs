using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Domain.Sla;

namespace ComplaintOps.Web.Components.Pages.Complaints;

/// <summary>What the transition dialog's inputs hold; turned into a <see cref="ComplaintAction"/> on submit.</summary>
public sealed class TransitionModel
{
    public string? Category { get; set; }

    public Severity? Severity { get; set; }

    public string? Department { get; set; }

    public StaffMember? Handler { get; set; }

    public string? RootCause { get; set; }

    public string? Measures { get; set; }

    public string? ResolutionOwner { get; set; }

    public CompensationKind CompensationKind { get; set; }

    public decimal CompensationAmount { get; set; }

    public string? Note { get; set; }

    public Channel? FeedbackChannel { get; set; }

    public string? Reason { get; set; }

    public int Satisfaction { get; set; }

    public bool CustomerUnreachable { get; set; }

    public int CallbackAttempts { get; set; } = 3;

    public PauseReason? PauseReason { get; set; }

    public bool CustomerNotified { get; set; }

    public int ExtensionDays { get; set; } = 15;

    public string? Approver { get; set; }

    public string? CustomerNotice { get; set; }

    public string? RelatedReference { get; set; }

    public bool HasNewFacts { get; set; }

    public ComplaintAction ToAction(ComplaintTrigger trigger, Guid? relatedComplaintId)
    {
        var fields = TransitionFields.For(trigger);
        bool Has(TransitionField f) => fields.HasFlag(f);
        return new ComplaintAction(trigger)
        {
            Category = Has(TransitionField.Classification) ? Category : null,
            Severity = Has(TransitionField.Classification) ? Severity : null,
            Department = Has(TransitionField.Routing) ? Department : null,
            HandlerId = Has(TransitionField.Routing) ? Handler?.Id : null,
            HandlerName = Has(TransitionField.Routing) ? Handler?.Name : null,
            RootCause = Has(TransitionField.Resolution) ? Trimmed(RootCause) : null,
            Measures = Has(TransitionField.Resolution) ? Trimmed(Measures) : null,
            ResolutionOwner = Has(TransitionField.Resolution) ? Trimmed(ResolutionOwner) : null,
            CompensationKind = Has(TransitionField.Resolution) ? CompensationKind : CompensationKind.None,
            CompensationAmount = Has(TransitionField.Resolution) ? CompensationAmount : 0m,
            Note = Has(TransitionField.Note) ? Trimmed(Note) : null,
            FeedbackChannel = Has(TransitionField.FeedbackChannel) ? FeedbackChannel : null,
            Reason = Has(TransitionField.Reason) || Has(TransitionField.Extension) ? Trimmed(Reason) : null,
            Satisfaction = Has(TransitionField.Satisfaction) && !CustomerUnreachable ? Satisfaction : null,
            CallbackAttempts = Has(TransitionField.Satisfaction) && CustomerUnreachable ? CallbackAttempts : 0,
            PauseReason = Has(TransitionField.Pause) ? PauseReason : null,
            CustomerNotified = Has(TransitionField.Pause) && CustomerNotified,
            ExtensionDays = Has(TransitionField.Extension) ? ExtensionDays : 0,
            Approver = Has(TransitionField.Extension) ? Trimmed(Approver) : null,
            CustomerNotice = Has(TransitionField.Extension) ? Trimmed(CustomerNotice) : null,
            RelatedComplaintId = Has(TransitionField.MergeTarget) ? relatedComplaintId : null,
            HasNewFacts = Has(TransitionField.MergeTarget) && HasNewFacts,
        };
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
