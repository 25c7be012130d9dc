using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;
using ComplaintOps.Data.Features.Complaints;

namespace ComplaintOps.Web.Api;

/// <summary>
/// The JSON body of POST /api/v1/complaints. Enum fields arrive as strings so an unknown value is reported
/// against its field instead of failing the whole body.
/// </summary>
public sealed record IntakeRequest
{
    /// <summary>Refusal code of an enum value the API does not know ("Validation.UnknownValue").</summary>
    public const string UnknownValue = "UnknownValue";

    public string? Channel { get; init; }

    public string? Subject { get; init; }

    public string? Description { get; init; }

    public string? CustomerName { get; init; }

    public string? CustomerPhone { get; init; }

    public string? CustomerEmail { get; init; }

    public string? CustomerIdNumber { get; init; }

    public string? CustomerAccount { get; init; }

    public string? CustomerTier { get; init; }

    public string? PreferredContact { get; init; }

    public string? Product { get; init; }

    /// <summary>Province-level region code (GB/T 2260, e.g. "310000"); optional.</summary>
    public string? Region { get; init; }

    public decimal? DisputedAmount { get; init; }

    /// <summary>Optional: the code of the partner the complaint is about (collection agency, product issuer, channel).</summary>
    public string? PartnerCode { get; init; }

    public string? Language { get; init; }

    public string[]? NamedEmployeeIds { get; init; }

    public DateOnly? RegulatorDeadline { get; init; }

    public string? ExternalReference { get; init; }

    /// <summary>When the institution received the complaint (ISO 8601 with offset); absent means now.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    public string? RegulatorName { get; init; }

    public string? RegulatorReference { get; init; }

    public PartyRequest[]? JointComplainants { get; init; }

    public AgentRequest? Agent { get; init; }

    public bool? CausedByDisasterOrAccident { get; init; }

    public sealed record PartyRequest(string? Name, string? Phone, string? IdNumber);

    public sealed record AgentRequest(string? Name, string? Phone, string? IdNumber, string? Relationship, string? AuthorizationReference, DateOnly? AuthorizedOn);

    /// <summary>Maps to the domain input, collecting an error per bad enum field.</summary>
    public NewComplaint ToNewComplaint(List<FieldError> errors)
    {
        var channel = ParseEnum<Channel>("channel", Channel, required: true, errors);
        var tier = ParseEnum<CustomerTier>("customerTier", CustomerTier, required: false, errors);
        var preferred = ParseEnum<Channel>("preferredContact", PreferredContact, required: false, errors);
        return new NewComplaint
        {
            Channel = channel ?? Data.Domain.Reference.Channel.Web,
            Subject = Subject ?? "",
            Description = Description ?? "",
            CustomerName = CustomerName ?? "",
            CustomerPhone = Blank(CustomerPhone),
            CustomerEmail = Blank(CustomerEmail),
            CustomerIdNumber = Blank(CustomerIdNumber),
            CustomerAccount = Blank(CustomerAccount),
            CustomerTier = tier ?? Data.Domain.Reference.CustomerTier.Standard,
            PreferredContact = preferred,
            Product = Blank(Product),
            Region = Blank(Region),
            DisputedAmount = DisputedAmount,
            PartnerCode = Blank(PartnerCode),
            Language = Language ?? "zh",
            NamedEmployeeIds = NamedEmployeeIds ?? [],
            RegulatorDeadline = RegulatorDeadline,
            ExternalReference = Blank(ExternalReference),
            ReceivedAt = ReceivedAt,
            RegulatorName = Blank(RegulatorName),
            RegulatorReference = Blank(RegulatorReference),
            JointComplainants = [.. (JointComplainants ?? []).Select(p => new JointComplainant(p?.Name?.Trim() ?? "", Blank(p?.Phone), Blank(p?.IdNumber)))],
            Agent = Agent is { } a
                ? new ComplaintAgent(a.Name?.Trim() ?? "", Blank(a.Phone), Blank(a.Relationship), Blank(a.AuthorizationReference), a.AuthorizedOn, Blank(a.IdNumber))
                : null,
            CausedByDisasterOrAccident = CausedByDisasterOrAccident ?? false,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static TEnum? ParseEnum<TEnum>(string field, string? value, bool required, List<FieldError> errors)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new FieldError(field, FieldErrorCodes.Required, $"The {field} field is required. Allowed: {string.Join(", ", Enum.GetNames<TEnum>())}."));
            }

            return null;
        }

        if (Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        // Echo a short, printable prefix only: the value is the caller's and may be huge or hold control characters.
        var shown = new string([.. value.Take(32).Where(ch => !char.IsControl(ch) && !char.IsSurrogate(ch))]);
        errors.Add(new FieldError(field, UnknownValue, $"'{shown}' is not a known {field}. Allowed: {string.Join(", ", Enum.GetNames<TEnum>())}."));
        return null;
    }
}
