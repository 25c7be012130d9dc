using System.Globalization;
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

    public string? Region { get; set; }

    public decimal? DisputedAmount { get; set; }

    /// <summary>The partner the complaint is about, if any.</summary>
    public string? PartnerCode { get; set; }

    public string? Subject { get; set; }

    public string? Description { get; set; }

    public IReadOnlyCollection<string> NamedEmployeeIds { get; set; } = [];

    public DateTime? RegulatorDeadline { get; set; }

    public string? RegulatorName { get; set; }

    public string? RegulatorReference { get; set; }

    /// <summary>The browser's datetime-local value: always this shape, whatever the reader's locale.</summary>
    public const string ReceivedAtFormat = "yyyy-MM-ddTHH:mm";

    /// <summary>
    /// Local date and time the complaint was received (business time zone), as the datetime-local input holds it; the page
    /// sets it to now, cleared means now. Kept as text and read here, so a value the browser sends is never lost to a
    /// component's own conversion.
    /// </summary>
    public string? ReceivedAtText { get; set; }

    /// <summary>The receipt time, or null when none is given or it cannot be read (<see cref="ReceivedAtUnreadable"/>).</summary>
    public DateTime? ReceivedAt =>
        DateTime.TryParseExact(ReceivedAtText?.Trim(), ReadableFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ? local : null;

    // Browsers add seconds (and fractions) when the value carries them.
    private static readonly string[] ReadableFormats = [ReceivedAtFormat, ReceivedAtFormat + ":ss", ReceivedAtFormat + ":ss.FFFFFFF"];

    public bool ReceivedAtUnreadable => !string.IsNullOrWhiteSpace(ReceivedAtText) && ReceivedAt is null;

    public bool CausedByDisasterOrAccident { get; set; }

    public List<PartyRow> JointComplainants { get; } = [];

    public bool HasAgent { get; set; }

    public AgentRow Agent { get; } = new();

    /// <param name="toUtc">Converts the local receipt time (business time zone) to an instant.</param>
    public NewComplaint ToNewComplaint(Func<DateTime, DateTimeOffset> toUtc) => new()
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
        Region = Clean(Region),
        DisputedAmount = DisputedAmount,
        PartnerCode = PartnerCode,
        NamedEmployeeIds = [.. NamedEmployeeIds],
        RegulatorDeadline = Channel == Channel.Regulator && RegulatorDeadline is { } d ? DateOnly.FromDateTime(d) : null,
        RegulatorName = Channel == Channel.Regulator ? Clean(RegulatorName) : null,
        RegulatorReference = Channel == Channel.Regulator ? Clean(RegulatorReference) : null,
        ReceivedAt = ReceivedAt is { } local ? toUtc(local) : null,
        CausedByDisasterOrAccident = CausedByDisasterOrAccident,
        JointComplainants = [.. JointComplainants.Select(r => new JointComplainant(r.Name?.Trim() ?? "", Clean(r.Phone), Clean(r.IdNumber)))],
        Agent = HasAgent
            ? new ComplaintAgent(Agent.Name?.Trim() ?? "", Clean(Agent.Phone), Clean(Agent.Relationship), Clean(Agent.AuthorizationReference),
                Agent.AuthorizedOn is { } signed ? DateOnly.FromDateTime(signed) : null, Clean(Agent.IdNumber))
            : null,
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>One joint complainant row of the form.</summary>
public sealed class PartyRow
{
    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? IdNumber { get; set; }
}

/// <summary>The agent section of the form.</summary>
public sealed class AgentRow
{
    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? IdNumber { get; set; }

    public string? Relationship { get; set; }

    public string? AuthorizationReference { get; set; }

    public DateTime? AuthorizedOn { get; set; }
}
