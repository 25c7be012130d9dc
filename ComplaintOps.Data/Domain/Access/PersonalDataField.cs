namespace ComplaintOps.Data.Domain.Access;

/// <summary>The customer's personal data a complaint carries: each is masked, encrypted at rest and revealed one at a time.</summary>
public enum PersonalDataField
{
    Name,
    Phone,
    Email,
    IdNumber,
    Account,
}
