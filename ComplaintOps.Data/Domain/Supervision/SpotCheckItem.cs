namespace ComplaintOps.Data.Domain.Supervision;

/// <summary>
/// The spot-check checklist (DESIGN §4), in the order it is asked. The stored answers are one character per item in this
/// order (<see cref="SpotCheckCase.AnswerCodes"/>): append new items at the end, never reorder.
/// </summary>
public enum SpotCheckItem
{
    AcknowledgedInTime,
    ClassifiedCorrectly,
    EvidenceSufficient,
    /// <summary>Verification, basis, reasons and remedies (art. 19).</summary>
    DecisionNoticeComplete,
    CompensationAuthorizedAtTier,
    CallbackDone,
    RecordsComplete,
}
