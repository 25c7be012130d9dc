using ComplaintOps.Data.Domain.Complaints;
using ComplaintOps.Data.Domain.Reference;

namespace ComplaintOps.Web.Components.Pages.Complaints;

/// <summary>The registration form's inputs; validated by <c>NewComplaintValidator</c> after conversion.</summary>
public sealed class RegistrationModel
{
    public Channel Channel { get; set; } = Channel.Phone;

    public string? CustomerName { get; set; }

    public string? CustomerPhone { get; set; }

    public string? CustomerEmail { get; set; }

    public string? CustomerIdNumber { get; set; }

    public string? CustomerAccount { get; set; }

    public CustomerTier CustomerTier { get; set; } = CustomerTier.Standard;

    public Channel? PreferredContact { get; set; }

    public string Language { get; set; } = "zh";

    public string? Product { get; set; }

    public decimal? DisputedAmount { get; set; }

    public string? Subject { get; set; }

    public string? Description { get; set; }

    public IReadOnlyCollection<string> NamedEmployeeIds { get; set; } = [];

    public DateTime? RegulatorDeadline { get; set; }

    public NewComplaint ToNewComplaint() => new()
    {
        Channel = Channel,
        Subject = Subject?.Trim() ?? "",
        Description = Description?.Trim() ?? "",
        CustomerName = CustomerName?.Trim() ?? "",
        CustomerPhone = Clean(CustomerPhone),
        CustomerEmail = Clean(CustomerEmail),
        CustomerIdNumber = Clean(CustomerIdNumber),
        CustomerAccount = Clean(CustomerAccount),
        CustomerTier = CustomerTier,
        PreferredContact = PreferredContact,
        Language = Language,
        Product = Clean(Product),
        DisputedAmount = DisputedAmount,
        NamedEmployeeIds = [.. NamedEmployeeIds],
        RegulatorDeadline = Channel == Channel.Regulator && RegulatorDeadline is { } d ? DateOnly.FromDateTime(d) : null,
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
