namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>Field lengths, shared by the schema, intake validation and the forms.</summary>
public static class ComplaintLimits
{
    public const int Subject = 200;
    public const int Description = 4000;
    public const int Name = 100;
    public const int Email = 254;
    public const int Product = 100;
    public const int LongText = 2000;
    public const int IdempotencyKey = 100;

    /// <summary>A regulator's deadline lies at most this many years after registration (real ones are days or weeks away).</summary>
    public const int RegulatorDeadlineYears = 1;

    /// <summary>How long before registration a complaint may have been received (a late-keyed letter, a transfer); older is a typing error.</summary>
    public const int ReceiptMaxAgeDays = 180;

    /// <summary>
    /// How long a decision notice may take to reach the customer (a letter by post): a 核查 request is offered this long
    /// past the window counted from sending; the request itself checks the window from the date the customer received it.
    /// </summary>
    public const int DecisionDeliveryDays = 7;

    /// <summary>Joint complainants one registration may carry (a group complaint beyond this is split or filed as a list).</summary>
    public const int JointComplainants = 500;

    /// <summary>Phone numbers as typed (international ones included).</summary>
    public const int Phone = 32;

    /// <summary>ID numbers (resident ID 18, passports and permits shorter).</summary>
    public const int IdNumber = 32;

    /// <summary>An agent's relationship to the complainant.</summary>
    public const int Relationship = 50;

    /// <summary>References, proofs of sending and similar short texts.</summary>
    public const int Reference = 200;
}
