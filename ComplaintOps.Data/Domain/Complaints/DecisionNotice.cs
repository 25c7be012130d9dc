using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>What the customer may do if they disagree with the decision (2020 measures art. 19).</summary>
[Flags]
public enum Remedies
{
    None = 0,
    /// <summary>Ask the institution for a 核查 review.</summary>
    Review = 1,
    Mediation = 2,
    Arbitration = 4,
    Litigation = 8,
}

/// <summary>
/// The written decision (art. 19): what was verified, the basis and the reasons, and the remedies open to the customer;
/// and how it was sent with the proof of sending (art. 21: a message id, a recorded call, a registered-letter number…).
/// </summary>
public sealed record DecisionNotice(string Verification, string Basis, string Reasons, Remedies Remedies, Channel SentVia, string ProofOfSending);

/// <summary>What a 核查 review decided.</summary>
public enum ReviewOutcome
{
    /// <summary>The original decision stands.</summary>
    Upheld,
    /// <summary>The decision was changed in the customer's favour.</summary>
    Changed,
}

/// <summary>Why a complaint is major (重大投诉, art. 29).</summary>
public enum MajorReason
{
    JointComplainants,
    DisasterOrAccident,
    RegulatorDesignated,
    Amount,
}

/// <summary>What is being reported to the regulator.</summary>
public enum RegulatorReportKind
{
    /// <summary>The result of a case the regulator transferred (CBRC 2012 item 10).</summary>
    TransferResult,
    /// <summary>A major complaint (art. 29).</summary>
    MajorComplaint,
}
