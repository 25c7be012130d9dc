namespace ComplaintOps.Data.Domain.Supervision;

/// <summary>One checklist answer.</summary>
public enum CheckAnswer
{
    Unanswered,
    Yes,
    No,
    NotApplicable,
}
