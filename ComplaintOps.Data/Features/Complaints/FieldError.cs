namespace ComplaintOps.Data.Features.Complaints;

/// <summary>
/// One refusal: the field (the API's camelCase name), a stable <see cref="Code"/> the UI turns into its own language
/// (resource key "Validation.{Code}"), and the English <see cref="Message"/> the API answers with.
/// </summary>
public sealed record FieldError(string Field, string Code, string Message);

/// <summary>The codes <see cref="NewComplaintValidator"/> produces; each has a "Validation.{code}" UI string in both languages.</summary>
public static class FieldErrorCodes
{
    public const string Required = "Required";
    public const string TooLong = "TooLong";
    public const string Contact = "Contact";
    public const string Email = "Email";
    public const string Phone = "Phone";
    public const string UnsafeCharacters = "UnsafeCharacters";
    public const string NoLetter = "NoLetter";
    public const string Language = "Language";
    public const string Amount = "Amount";
    public const string RegulatorDeadline = "RegulatorDeadline";
    public const string DeadlineRange = "DeadlineRange";
    public const string NamedEmployees = "NamedEmployees";
    public const string ReceivedAt = "ReceivedAt";
    public const string RegulatorReference = "RegulatorReference";
    public const string JointComplainants = "JointComplainants";
    public const string AgentAuthorization = "AgentAuthorization";
    public const string AuthorizedOn = "AuthorizedOn";

    public const string Region = "Region";
}
