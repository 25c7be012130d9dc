using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Complaints.Activities;
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

    public int Stage { get; set; } = 1;

    public ComplaintActivity ToAction(ComplaintTrigger trigger, Guid? relatedComplaintId) => trigger switch
    {
        ComplaintTrigger.Classify => new Classify(Category ?? "", Severity ?? Data.Domain.Reference.Severity.Low),
        ComplaintTrigger.Assign => new Assign(Department ?? "", Handler?.Id, Handler?.Name),
        ComplaintTrigger.Reassign => new Reassign(Department ?? "", Handler?.Id, Handler?.Name),
        ComplaintTrigger.StartInvestigation => new StartInvestigation(),
        ComplaintTrigger.ProposeResolution => new ProposeResolution(Trimmed(RootCause) ?? "", Trimmed(Measures) ?? "", Trimmed(ResolutionOwner) ?? "",
            CompensationKind, CompensationAmount),
        ComplaintTrigger.SubmitForReview => new SubmitForReview(),
        ComplaintTrigger.Approve => new Approve(),
        ComplaintTrigger.ReturnForRework => new ReturnForRework(Trimmed(Reason) ?? ""),
        ComplaintTrigger.Close => new Close(),
        ComplaintTrigger.Appeal => new Appeal(Trimmed(Reason) ?? ""),
        ComplaintTrigger.Reopen => new Reopen(Trimmed(Reason) ?? ""),
        ComplaintTrigger.Withdraw => new Withdraw(Trimmed(Reason) ?? ""),
        ComplaintTrigger.Reject => new Reject(Trimmed(Reason) ?? ""),
        ComplaintTrigger.Merge => new Merge(relatedComplaintId ?? Guid.Empty, Trimmed(Reason)),
        ComplaintTrigger.Acknowledge => new Acknowledge(),
        ComplaintTrigger.Pause => new Pause(PauseReason ?? Data.Domain.Sla.PauseReason.WaitingForCustomer, CustomerNotified, Trimmed(Note)),
        ComplaintTrigger.Resume => new Resume(),
        ComplaintTrigger.Extend => new Extend(Stage, Trimmed(Reason) ?? "", Trimmed(CustomerNotice) ?? ""),
        ComplaintTrigger.AuthorizeCompensation => new AuthorizeCompensation(),
        ComplaintTrigger.AddNote => new AddNote(Trimmed(Note) ?? ""),
        ComplaintTrigger.RecordCallback => new RecordCallback(CustomerUnreachable ? null : Satisfaction, CustomerUnreachable ? CallbackAttempts : 0, Trimmed(Reason)),
        _ => throw new NotSupportedException(trigger.ToString()),
    };

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
