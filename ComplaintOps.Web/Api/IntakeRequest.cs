using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Web.Api;

/// <summary>
/// The JSON body of POST /api/v1/complaints. Enum fields arrive as strings so an unknown value is reported
/// against its field instead of failing the whole body.
/// </summary>
public sealed record IntakeRequest
{
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

    public decimal? DisputedAmount { get; init; }

    public string? Language { get; init; }

    public string[]? NamedEmployeeIds { get; init; }

    public DateOnly? RegulatorDeadline { get; init; }

    public string? ExternalReference { get; init; }

    /// <summary>Maps to the domain input, collecting an error per bad enum field.</summary>
    public NewComplaint ToNewComplaint(Dictionary<string, string[]> errors)
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
            DisputedAmount = DisputedAmount,
            Language = Language ?? "zh",
            NamedEmployeeIds = NamedEmployeeIds ?? [],
            RegulatorDeadline = RegulatorDeadline,
            ExternalReference = Blank(ExternalReference),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static TEnum? ParseEnum<TEnum>(string field, string? value, bool required, Dictionary<string, string[]> errors)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors[field] = [$"The {field} field is required. Allowed: {string.Join(", ", Enum.GetNames<TEnum>())}."];
            }

            return null;
        }

        if (Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        // Echo a short, printable prefix only: the value is the caller's and may be huge or hold control characters.
        var shown = new string([.. value.Take(32).Where(ch => !char.IsControl(ch) && !char.IsSurrogate(ch))]);
        errors[field] = [$"'{shown}' is not a known {field}. Allowed: {string.Join(", ", Enum.GetNames<TEnum>())}."];
        return null;
    }
}
