namespace ComplaintOps.Data.Domain.Complaints;

/// <summary>Who a party to a complaint is besides the main complainant (2020 measures art. 14).</summary>
public enum PartyRole
{
    /// <summary>A joint complainant (共同投诉人): counts towards the major-complaint rule.</summary>
    Complainant,

    /// <summary>The authorised agent (委托代理人) acting for the complainants.</summary>
    Agent,
}

/// <summary>
/// A joint complainant or the authorised agent. The main complainant stays on <see cref="Complaint"/> (CustomerName…);
/// name, phone and ID number are personal data, stored encrypted and shown masked exactly as the customer's.
/// </summary>
public sealed class ComplaintParty
{
    private ComplaintParty()
    {
    }

    public Guid Id { get; private set; }

    public Guid ComplaintId { get; private set; }

    public PartyRole Role { get; private set; }

    /// <summary>Order as registered (1-based), so lists read back as they were entered.</summary>
    public int Position { get; private set; }

    public string Name { get; private set; } = "";

    public string? Phone { get; private set; }

    public string? IdNumber { get; private set; }

    /// <summary>Agent only: how the agent relates to the complainant (lawyer, relative…).</summary>
    public string? Relationship { get; private set; }

    /// <summary>Agent only: the reference of the signed authorisation (授权委托书) that was checked.</summary>
    public string? AuthorizationReference { get; private set; }

    /// <summary>Agent only: the date the authorisation was signed.</summary>
    public DateOnly? AuthorizedOn { get; private set; }

    internal static ComplaintParty Complainant(Guid complaintId, int position, JointComplainant c) => new()
    {
        Id = Guid.CreateVersion7(),
        ComplaintId = complaintId,
        Role = PartyRole.Complainant,
        Position = position,
        Name = c.Name.Trim(),
        Phone = Clean(c.Phone),
        IdNumber = Clean(c.IdNumber),
    };

    internal static ComplaintParty ForAgent(Guid complaintId, ComplaintAgent a) => new()
    {
        Id = Guid.CreateVersion7(),
        ComplaintId = complaintId,
        Role = PartyRole.Agent,
        Position = 1,
        Name = a.Name.Trim(),
        Phone = Clean(a.Phone),
        IdNumber = Clean(a.IdNumber),
        Relationship = Clean(a.Relationship),
        AuthorizationReference = a.AuthorizationReference?.Trim(),
        AuthorizedOn = a.AuthorizedOn,
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A joint complainant as intake records them.</summary>
public sealed record JointComplainant(string Name, string? Phone = null, string? IdNumber = null);

/// <summary>
/// The authorised agent as intake records them. An agent acts only on a signed authorisation: its reference and date are
/// required, and the date cannot lie after registration.
/// </summary>
public sealed record ComplaintAgent(string Name, string? Phone, string? Relationship, string? AuthorizationReference, DateOnly? AuthorizedOn,
    string? IdNumber = null);
